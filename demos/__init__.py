"""The interactive demos of the lessons, one package each, all built on ``py_runtime``.

Every demo has the same shape (see ``demos.base``) and the same layout, ``demos/<name>/``:

- ``state.py``: the frozen ``State``, the fence ``OPTIONS``, ``initial(options)`` and the pure
  ``update(state, control, value)`` that turns one reader input into a new state;
- ``picture.py``: ``render(state, painter)``, the picture of a state drawn through a ``Painter``;
- ``__init__.py``: the :class:`~demos.base.Demo` subclass the registry lists (name, title, size,
  controls) and its ``view``, what the page shows as text.

Within a demo, ``state.py`` imports neither of the others and ``picture.py`` only ``state.py``.
A demo may add a module for one more concept (``derivative/curve.py``: the per-formula work).
The framework shared by every demo sits at this top level: ``base``, ``options``, ``registry``,
``session``, ``browser``, ``calls``, ``exercises`` and ``fields`` (what readers type into vector
and number fields). Handlers never draw. This package must not
import ``js``/``pyodide`` at module level except in ``demos.browser``, which only the page imports;
``py_runtime`` never imports it.
"""
