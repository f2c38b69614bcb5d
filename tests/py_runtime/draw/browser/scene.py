# Runs inside Pyodide (see check_page.js): one canvas frame and one SVG of the same arc.
import math
import sys

from js import Path2D, checkCtx
from pyodide.ffi import to_js

from py_runtime.draw import CanvasPainter
from py_runtime.draw.svg import SvgPainter

painter = CanvasPainter(checkCtx, 100, 100, dpr=2.0, to_js=to_js, path2d=Path2D.new)
painter.clear()
painter.arc(50, 50, 30, 0, math.pi / 2, color="a", width=4)
painter.polyline([(10, 90), (40, 90), None, (60, 90), (90, 90)], color="b", width=4)
painter.line(10, 80, 90, 80, color="proj", width=1, dash=(6, 4))
painter.text(5, 5, "x", baseline="top")

figure = SvgPainter(100, 100, title="arc")
figure.arc(50, 50, 30, 0, math.pi / 2, color="a", width=4)
svg_text = figure.to_svg()
python_version = f"{sys.version_info[0]}.{sys.version_info[1]}"
