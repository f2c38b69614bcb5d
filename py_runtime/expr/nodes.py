"""The expression tree: small immutable nodes that parse() builds and everything else walks.

Frozen dataclasses give equality and hashing for free, which simplify() relies on to spot equal
factors such as the two x's in x·x. Standard library only; must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

FUNCTIONS = ("sin", "cos", "tan", "exp", "log", "sqrt", "abs")
"""Function names a formula may call; ``log`` is the natural logarithm."""

CONSTANTS = {"pi": math.pi, "e": math.e}
"""Named constants and their values."""

VARIABLES = ("x", "y")
"""Variable names a formula may use."""

OPERATORS = ("+", "-", "*", "/", "^")
"""Binary operators, ``^`` being the power."""


class _Node:
    """Shared behaviour: each node computes its hash once, when it is made.

    The generated dataclass hash would re-hash the whole subtree on every dict lookup, which makes
    simplify() slow on large derivatives and recurses as deep as the tree.
    """

    _hash: int

    def __post_init__(self) -> None:
        values = tuple(getattr(self, name) for name in self.__dataclass_fields__)  # type: ignore[attr-defined]
        object.__setattr__(self, "_hash", hash((type(self).__name__, values)))

    def __hash__(self) -> int:
        return self._hash


@dataclass(frozen=True)
class Num(_Node):
    """A number written in the formula (always non-negative from the parser; simplify may negate)."""

    __hash__ = _Node.__hash__  # keep the cached hash (@dataclass would replace it)

    value: float


@dataclass(frozen=True)
class Var(_Node):
    """A variable, ``x`` or ``y``."""

    __hash__ = _Node.__hash__  # keep the cached hash (@dataclass would replace it)

    name: str


@dataclass(frozen=True)
class Const(_Node):
    """A named constant, ``pi`` or ``e``; kept by name so output shows ``pi`` and not 3.14159…"""

    __hash__ = _Node.__hash__  # keep the cached hash (@dataclass would replace it)

    name: str

    @property
    def value(self) -> float:
        """The constant's numeric value."""
        return CONSTANTS[self.name]


@dataclass(frozen=True)
class Neg(_Node):
    """Unary minus."""

    __hash__ = _Node.__hash__  # keep the cached hash (@dataclass would replace it)

    operand: Node


@dataclass(frozen=True)
class BinOp(_Node):
    """A binary operation; ``op`` is one of OPERATORS."""

    __hash__ = _Node.__hash__  # keep the cached hash (@dataclass would replace it)

    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Call(_Node):
    """A function applied to one argument; ``func`` is one of FUNCTIONS."""

    __hash__ = _Node.__hash__  # keep the cached hash (@dataclass would replace it)

    func: str
    arg: Node


Node = Num | Var | Const | Neg | BinOp | Call


def Add(left: Node, right: Node) -> BinOp:  # noqa: N802 - reads like a node type at call sites
    """left + right"""
    return BinOp("+", left, right)


def Sub(left: Node, right: Node) -> BinOp:  # noqa: N802 - reads like a node type at call sites
    """left - right"""
    return BinOp("-", left, right)


def Mul(left: Node, right: Node) -> BinOp:  # noqa: N802 - reads like a node type at call sites
    """left * right"""
    return BinOp("*", left, right)


def Div(left: Node, right: Node) -> BinOp:  # noqa: N802 - reads like a node type at call sites
    """left / right"""
    return BinOp("/", left, right)


def Pow(base: Node, exponent: Node) -> BinOp:  # noqa: N802 - reads like a node type at call sites
    """base ^ exponent"""
    return BinOp("^", base, exponent)


def children(node: Node) -> tuple[Node, ...]:
    """The direct sub-expressions of ``node``."""
    if isinstance(node, BinOp):
        return (node.left, node.right)
    if isinstance(node, Neg):
        return (node.operand,)
    if isinstance(node, Call):
        return (node.arg,)
    return ()


def factors(node: Node) -> list[Node]:
    """The factors of a product chain (nested ``*`` nodes), left to right."""
    if isinstance(node, BinOp) and node.op == "*":
        return factors(node.left) + factors(node.right)
    return [node]


def variables(node: Node) -> frozenset[str]:
    """The variable names used anywhere in ``node``."""
    found: set[str] = set()
    stack = [node]
    while stack:  # a loop, not recursion, so a long chain cannot hit the recursion limit
        current = stack.pop()
        if isinstance(current, Var):
            found.add(current.name)
        stack.extend(children(current))
    return frozenset(found)


def measure(node: Node) -> tuple[int, int]:
    """(size, depth) of the tree as written out: node count and longest root-to-leaf path.

    Derivatives share subtrees, so the written-out size can far exceed the objects in memory; each
    shared object is measured once (memo by identity), and a loop replaces recursion.
    """
    memo: dict[int, tuple[int, int]] = {}
    stack: list[tuple[Node, bool]] = [(node, False)]
    while stack:
        current, ready = stack.pop()
        if id(current) in memo:
            continue
        kids = children(current)
        if ready:
            sizes = [memo[id(kid)] for kid in kids]
            memo[id(current)] = (1 + sum(s for s, _ in sizes), 1 + max((d for _, d in sizes), default=0))
        else:
            stack.append((current, True))
            stack.extend((kid, False) for kid in kids if id(kid) not in memo)
    return memo[id(node)]


def depth(node: Node) -> int:
    """The number of nodes on the longest path from ``node`` down to a leaf."""
    return measure(node)[1]
