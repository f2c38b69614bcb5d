"""Write an expression tree back out: ``to_text`` for readouts and ``to_tex`` for MathJax.

Both print the fewest parentheses that keep the meaning and use implicit multiplication the way the
lesson writes it: ``12x^3 - 4x``, ``6x(x^2 + 1)^2``, ``2x cos(x^2)``, ``x^2 y``. The text form is also
valid input for parse(). Standard library only; must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from py_runtime.expr.nodes import BinOp, Call, Const, Neg, Node, Num, Var

_TEX_FUNCS = {"sin": "\\sin", "cos": "\\cos", "tan": "\\tan", "log": "\\ln"}


@dataclass(frozen=True)
class _Piece:
    """Rendered text plus what it starts and ends with, which decides how factors are joined.

    start: "digit", "minus", "letter" (x, y), "const", "func" or "paren".
    end: "digit", "letter", "const", "pow", "call" or "paren".
    """

    text: str
    start: str
    end: str


def number_text(value: float) -> str:
    """A number as formula text: ``3`` not ``3.0``, and at most 12 significant digits."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.12g}"


def _is_negative(node: Node) -> bool:
    """True when the rendered node would start with a minus sign."""
    if isinstance(node, Num):
        return node.value < 0
    if isinstance(node, Neg):
        return True
    if isinstance(node, BinOp) and node.op != "^":
        return _is_negative(node.left)  # a sum or product shows its first part's sign
    return False


def _left_factors(node: BinOp) -> list[Node]:
    """The factors along a product's left spine, left to right.

    Only the left spine: parse() builds products left to right, so a product on the right came
    from parentheses, as in ``2(xy)``, and keeps them when printed.
    """
    spine: list[Node] = []
    current: Node = node
    while isinstance(current, BinOp) and current.op == "*":
        spine.append(current.right)
        current = current.left
    spine.append(current)
    return spine[::-1]


def _joiner(left: _Piece, right: _Piece, times: str) -> str:
    """What goes between two factors: nothing (``2x``), a space (``x^2 y``) or a times sign."""
    if right.start in ("digit", "minus"):
        return times  # 2·3 and x·(-1) must not run together
    if right.start == "func":
        return " "
    if right.start in ("letter", "paren"):
        return "" if left.end in ("digit", "letter", "paren") else " "
    return "" if left.end == "digit" else " "  # constants: 2pi, but x pi


class _Renderer:
    """Plain-text rendering; _TexRenderer overrides the pieces that differ in TeX."""

    times = "\u00b7"
    open, close = "(", ")"
    grouped_in_products = "+-/"  # operators whose nodes get parentheses as factors (besides *)

    def render(self, node: Node) -> _Piece:
        if isinstance(node, Num):
            kind = "minus" if node.value < 0 else "digit"
            return _Piece(self.number(node.value), kind, "digit")
        if isinstance(node, Var):
            return _Piece(node.name, "letter", "letter")
        if isinstance(node, Const):
            return _Piece(self.const(node.name), "const", "const")
        if isinstance(node, Neg):
            return self.neg(node)
        if isinstance(node, Call):
            return _Piece(self.call(node.func, self.render(node.arg).text), "func", "call")
        if node.op in "+-":
            return self.sum(node)
        if node.op == "*":
            return self.product(node)
        if node.op == "/":
            return self.quotient(node)
        return self.power(node)

    def number(self, value: float) -> str:
        return number_text(value)

    def const(self, name: str) -> str:
        return name

    def call(self, func: str, arg: str) -> str:
        return f"{func}{self.open}{arg}{self.close}"

    def wrap(self, piece: _Piece) -> _Piece:
        return _Piece(f"{self.open}{piece.text}{self.close}", "paren", "paren")

    def neg(self, node: Neg) -> _Piece:
        inner = self.render(node.operand)
        if (isinstance(node.operand, BinOp) and node.operand.op in "+-") or inner.start == "minus":
            inner = self.wrap(inner)
        return _Piece("-" + inner.text, "minus", inner.end)

    def sum(self, node: BinOp) -> _Piece:
        left, right = self.render(node.left), self.render(node.right)
        # a - (b + c) needs its parentheses; a + (b - c) does not change value without them.
        needs = _is_negative(node.right) or (
            node.op == "-" and isinstance(node.right, BinOp) and node.right.op in "+-"
        )
        if needs:
            right = self.wrap(right)
        return _Piece(f"{left.text} {node.op} {right.text}", left.start, right.end)

    def factor(self, node: Node, first: bool) -> _Piece:
        if isinstance(node, Neg) and self.grouped(node.operand):
            # -(1/x)·y: without the inner parentheses it would read as a different tree
            inner = self.wrap(self.render(node.operand))
            piece = _Piece("-" + inner.text, "minus", "paren")
            return self.wrap(piece) if not first else piece
        piece = self.render(node)
        if self.grouped(node):
            return self.wrap(piece)
        if not first and _is_negative(node):
            return self.wrap(piece)
        return piece

    def grouped(self, node: Node) -> bool:
        """True for a node that needs parentheses as a factor of a product."""
        return isinstance(node, BinOp) and node.op in self.grouped_in_products + "*"

    def product(self, node: BinOp) -> _Piece:
        pieces = [self.factor(f, i == 0) for i, f in enumerate(_left_factors(node))]
        text = pieces[0].text
        for left, right in itertools.pairwise(pieces):
            text += _joiner(left, right, self.times) + right.text
        return _Piece(text, pieces[0].start, pieces[-1].end)

    def quotient(self, node: BinOp) -> _Piece:
        top, bottom = self.render(node.left), self.render(node.right)
        if isinstance(node.left, BinOp) and node.left.op in "+-":
            top = self.wrap(top)
        simple = (
            isinstance(node.right, (Var, Const, Call))
            or (isinstance(node.right, Num) and node.right.value >= 0)
            or (isinstance(node.right, BinOp) and node.right.op == "^")
        )
        if not simple:
            bottom = self.wrap(bottom)
        return _Piece(f"{top.text}/{bottom.text}", top.start, bottom.end)

    def base(self, node: Node) -> _Piece:
        piece = self.render(node)
        if isinstance(node, (BinOp, Neg)) or _is_negative(node):
            return self.wrap(piece)
        return piece

    def power(self, node: BinOp) -> _Piece:
        base = self.base(node.left)
        exponent = self.render(node.right)
        bare = isinstance(node.right, (Var, Const)) or (isinstance(node.right, Num) and node.right.value >= 0)
        if not bare:
            exponent = self.wrap(exponent)
        return _Piece(f"{base.text}^{exponent.text}", base.start, "pow")


class _TexRenderer(_Renderer):
    """MathJax TeX: ``x^{2}``, ``\\frac{1}{x}``, ``\\sin\\left(x\\right)``."""

    times = " \\cdot "
    open, close = "\\left(", "\\right)"
    grouped_in_products = "+-"  # a \frac is visibly one block, so it needs no parentheses

    def number(self, value: float) -> str:
        text = number_text(value)
        if "e" in text:  # 1e+20 -> 1 \times 10^{20}
            mantissa, power = text.split("e")
            return f"{mantissa} \\times 10^{{{int(power)}}}"
        return text

    def const(self, name: str) -> str:
        return "\\pi" if name == "pi" else "e"

    def call(self, func: str, arg: str) -> str:
        if func == "sqrt":
            return f"\\sqrt{{{arg}}}"
        if func == "abs":
            return f"\\left|{arg}\\right|"
        if func == "exp":
            return f"e^{{{arg}}}"
        return f"{_TEX_FUNCS[func]}{self.open}{arg}{self.close}"

    def quotient(self, node: BinOp) -> _Piece:
        top, bottom = self.render(node.left), self.render(node.right)
        return _Piece(f"\\frac{{{top.text}}}{{{bottom.text}}}", "func", "call")

    def base(self, node: Node) -> _Piece:
        piece = super().base(node)
        # e^{x}^{2} is a TeX error (double superscript), and \frac{a}{b}^{2} is unclear.
        if (isinstance(node, Call) and node.func == "exp") or piece.text.startswith("\\frac"):
            return self.wrap(piece)
        return piece

    def power(self, node: BinOp) -> _Piece:
        base = self.base(node.left)
        # A fraction in a superscript is written inline, x^{-2/3}: a \frac there is too small to read.
        inline = _is_fraction(node.right.operand if isinstance(node.right, Neg) else node.right)
        exponent = _Renderer().render(node.right) if inline else self.render(node.right)
        return _Piece(f"{base.text}^{{{exponent.text}}}", base.start, "pow")


def _is_fraction(node: Node) -> bool:
    """True for a number over a number, the form simplify() gives a fraction such as 2/3."""
    return (
        isinstance(node, BinOp)
        and node.op == "/"
        and isinstance(node.left, Num)
        and isinstance(node.right, Num)
    )


def to_text(node: Node) -> str:
    """Readable formula text, e.g. ``12x^3 - 4x``; parse(to_text(n)) has the same value as n."""
    return _Renderer().render(node).text


def to_tex(node: Node) -> str:
    """TeX for MathJax, e.g. ``12x^{3} - 4x`` or ``\\sin\\left(x^{2}\\right)``."""
    return _TexRenderer().render(node).text
