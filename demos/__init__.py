"""The interactive demos of the lessons, one module each, all built on ``py_runtime``.

Every demo has the same shape (see ``demos.base``): a frozen state, an ``update`` that turns
one reader input into a new state, and a ``render`` that draws a state. Handlers never draw.
This package must not import ``js``/``pyodide`` at module level except in ``demos.browser``,
which only the page imports.
"""
