"""Turn a typed formula into an expression tree, by recursive descent over the tokens.

Grammar, loosest binding first (implicit multiplication ranks with ``*`` and ``/``)::

    sum     := product (("+" | "-") product)*
    product := signed (("*" | "/") signed | <implicit> power)*
    signed  := ("-" | "+") signed | power
    power   := atom ("^" signed)?          # right-associative; -x^2 is -(x^2), x^-1 works
    atom    := number | name | func "(" sum ")" | "(" sum ")"

Nothing is evaluated here, so ``9^9^9^9`` parses instantly. Nesting is capped at MAX_NESTING and the
finished tree at MAX_TREE_DEPTH, so no later recursive walk can hit Python's recursion limit. Standard
library only (no eval/ast); must not import ``js`` or ``pyodide``.
"""

from __future__ import annotations

from collections.abc import Sequence

from py_runtime.expr.errors import ExprError, unknown_name_message
from py_runtime.expr.lexer import Token, tokenize
from py_runtime.expr.nodes import VARIABLES, BinOp, Call, Const, Neg, Node, Num, Var, depth

MAX_NESTING = 100
"""Deepest nesting of parentheses, signs and powers accepted."""

MAX_TREE_DEPTH = 100
"""Deepest expression tree accepted (a chain like x+x+…+x is as deep as it is long)."""

_STARTS_FACTOR = ("var", "const", "func", "(")  # tokens that begin an implicit multiplication


def parse(text: str, variables: Sequence[str] = VARIABLES) -> Node:
    """The expression tree of ``text``; ExprError (with ``.position``) if it cannot be read.

    ``variables`` limits which of x and y may appear, e.g. ``("x",)`` for a one-variable plot.
    """
    if not text.strip():
        raise ExprError("the formula is empty: type something like x^2", 0)
    node = _Parser(tokenize(text), tuple(variables)).parse()
    if depth(node) > MAX_TREE_DEPTH:
        raise ExprError(
            f"the formula is too long to work with (more than {MAX_TREE_DEPTH} steps in a chain)", 0
        )
    return node


class _Parser:
    """One pass over a token list; each method parses one grammar rule and returns its node."""

    def __init__(self, tokens: list[Token], variables: tuple[str, ...]) -> None:
        self.tokens = tokens
        self.index = 0
        self.nesting = 0
        self.variables = variables

    @property
    def current(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def parse(self) -> Node:
        node = self.sum()
        if self.current.kind != "end":
            raise self.unexpected(self.current)
        return node

    def sum(self) -> Node:
        node = self.product()
        while self.current.kind in ("+", "-"):
            op = self.advance().kind
            node = BinOp(op, node, self.product())
        return node

    def product(self) -> Node:
        node = self.signed()
        while True:
            token = self.current
            if token.kind in ("*", "/"):
                self.advance()
                node = BinOp(token.kind, node, self.signed())
            elif token.kind in _STARTS_FACTOR:
                node = BinOp("*", node, self.power())  # implicit: 3x, 2(x+1), x sin(x)
            elif token.kind == "num":
                raise ExprError(
                    f"missing operator before the number {token.text!r} at character"
                    f" {token.position + 1}: write * for times",
                    token.position,
                )
            else:
                return node

    def signed(self) -> Node:
        self.nesting += 1
        if self.nesting > MAX_NESTING:
            position = self.current.position
            raise ExprError(
                f"the formula is nested too deeply (more than {MAX_NESTING} levels)"
                f" at character {position + 1}",
                position,
            )
        if self.current.kind in ("-", "+"):
            sign = self.advance().kind
            operand = self.signed()
            node: Node = Neg(operand) if sign == "-" else operand
        else:
            node = self.power()
        self.nesting -= 1
        return node

    def power(self) -> Node:
        base = self.atom()
        if self.current.kind == "^":
            self.advance()
            return BinOp("^", base, self.signed())
        return base

    def atom(self) -> Node:
        token = self.advance()
        if token.kind == "num":
            return Num(token.value)
        if token.kind == "var":
            if token.text not in self.variables:
                raise ExprError(unknown_name_message(token.text, self.variables), token.position)
            return Var(token.text)
        if token.kind == "const":
            return Const(token.text)
        if token.kind == "func":
            if self.current.kind != "(":
                raise ExprError(f"'{token.text}' needs parentheses: {token.text}(x)", token.position)
            return Call(token.text, self.group(self.advance()))
        if token.kind == "(":
            return self.group(token)
        raise self.unexpected(token)

    def group(self, opening: Token) -> Node:
        """The inside of a parenthesised group whose '(' was just consumed."""
        if self.current.kind == ")":
            raise ExprError(
                f"empty parentheses at character {opening.position + 1}: put something inside",
                opening.position,
            )
        node = self.sum()
        if self.current.kind != ")":
            if self.current.kind == "end":
                raise ExprError(
                    f"the '(' at character {opening.position + 1} is never closed", opening.position
                )
            raise self.unexpected(self.current)
        self.advance()
        return node

    def unexpected(self, token: Token) -> ExprError:
        """The error for a token that cannot come where it stands."""
        if token.kind == "end":
            return ExprError(
                f"the formula ends too early: something is missing at character {token.position + 1}",
                token.position,
            )
        return ExprError(f"unexpected '{token.text}' at character {token.position + 1}", token.position)
