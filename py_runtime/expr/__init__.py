"""Reader-typed formulas: a safe parser (no eval), evaluation, formatting and comparison.

Public API: ``parse``, ``evaluate``, ``evaluate_or_nan``, ``compile_expr``, ``to_text``, ``to_tex``,
``simplify``, ``equivalent``, ``variables``, the node types and ``ExprError``. Standard library only;
must not import ``js`` or ``pyodide``.
"""

from py_runtime.expr.compare import equivalent
from py_runtime.expr.errors import EvaluationError, ExprError
from py_runtime.expr.evaluate import compile_expr, evaluate, evaluate_or_nan
from py_runtime.expr.format import to_tex, to_text
from py_runtime.expr.lexer import MAX_LENGTH
from py_runtime.expr.nodes import (
    CONSTANTS,
    FUNCTIONS,
    VARIABLES,
    BinOp,
    Call,
    Const,
    Neg,
    Node,
    Num,
    Var,
    variables,
)
from py_runtime.expr.parser import MAX_NESTING, MAX_TREE_DEPTH, parse
from py_runtime.expr.simplify import simplify

__all__ = [
    "CONSTANTS",
    "FUNCTIONS",
    "MAX_LENGTH",
    "MAX_NESTING",
    "MAX_TREE_DEPTH",
    "VARIABLES",
    "BinOp",
    "Call",
    "Const",
    "EvaluationError",
    "ExprError",
    "Neg",
    "Node",
    "Num",
    "Var",
    "compile_expr",
    "equivalent",
    "evaluate",
    "evaluate_or_nan",
    "parse",
    "simplify",
    "to_tex",
    "to_text",
    "variables",
]
