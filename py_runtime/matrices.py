"""Matrix multiplication for the lesson's matrix demo, with the readouts that explain it.

A matrix is a list of rows (each a sequence of floats). Besides the product itself this module spells
out *why*: which pairs of numbers make each cell, and the shape rule ``(m×n)(n×p) = (m×p)``. Standard
library only; must not import ``js``, ``pyodide`` or ``py_runtime.draw``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from py_runtime.numfmt import count_of, tidy_factor, tidy_number

Matrix = Sequence[Sequence[float]]

_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


class ShapeError(ValueError):
    """A matrix has no valid shape, or two shapes cannot be multiplied; the message says why."""


def shape(matrix: Matrix, name: str = "the matrix") -> tuple[int, int]:
    """(rows, columns) of ``matrix``; ShapeError for an empty matrix or rows of unequal length."""
    if len(matrix) == 0:
        raise ShapeError(f"{name} has no rows; a matrix needs at least one")
    width = len(matrix[0])
    if width == 0:
        raise ShapeError(f"row 1 of {name} is empty; a matrix needs at least one column")
    for index, row in enumerate(matrix[1:], start=2):
        if len(row) != width:
            raise ShapeError(
                f"row {index} of {name} has {count_of(len(row), 'number')} but row 1 has {width};"
                " every row needs the same length"
            )
    return len(matrix), width


def product_shape(a_shape: tuple[int, int], b_shape: tuple[int, int]) -> tuple[int, int]:
    """The shape of AB from the shapes of A and B; ShapeError explaining a mismatch."""
    (m, n), (rows_b, p) = a_shape, b_shape
    if n != rows_b:
        raise ShapeError(
            f"A is {m}\u00d7{n} and B is {rows_b}\u00d7{p}: the columns of A ({n})"
            f" must equal the rows of B ({rows_b})"
        )
    return m, p


def format_shape_rule(m: int, n: int, p: int) -> str:
    """The shape rule with numbers filled in, e.g. ``(4×3)(3×5) = (4×5)``."""
    return f"({m}\u00d7{n})({n}\u00d7{p}) = ({m}\u00d7{p})"


def product_terms(a: Matrix, b: Matrix) -> list[list[list[tuple[float, float]]]]:
    """For each cell (i, j) of AB, the pairs (A[i][k], B[k][j]) whose products sum to it."""
    m, n = shape(a, "A")
    p = product_shape((m, n), shape(b, "B"))[1]
    return [[[(a[i][k], b[k][j]) for k in range(n)] for j in range(p)] for i in range(m)]


def matmul(a: Matrix, b: Matrix) -> list[list[float]]:
    """The matrix product AB: cell (i, j) is row i of A dotted with column j of B."""
    return [[math.fsum(x * y for x, y in cell) for cell in row] for row in product_terms(a, b)]


def transpose(matrix: Matrix) -> list[list[float]]:
    """Rows become columns."""
    rows, cols = shape(matrix)
    return [[matrix[i][j] for i in range(rows)] for j in range(cols)]


def cell_name(i: int, j: int) -> str:
    """The name of cell (i, j) (0-based) as the lesson writes it, 1-based: ``C₁₂``, or ``C₁,₁₀``."""
    row, col = str(i + 1), str(j + 1)
    separator = "," if len(row) > 1 or len(col) > 1 else ""  # C₁₁₀ would be ambiguous
    return "C" + (row + separator + col).translate(_SUBSCRIPTS)


def format_cell_expansion(a: Matrix, b: Matrix, i: int, j: int) -> str:
    """How cell (i, j) (0-based) of AB is made, e.g. ``C₁₂ = 1·6 + 2·8 = 22``."""
    terms = product_terms(a, b)
    if not (0 <= i < len(terms) and 0 <= j < len(terms[0])):
        raise IndexError(f"AB has no cell ({i + 1}, {j + 1}); it is {len(terms)}×{len(terms[0])}")
    pairs = terms[i][j]
    written = " + ".join(f"{tidy_factor(x)}\u00b7{tidy_factor(y)}" for x, y in pairs)
    total = math.fsum(x * y for x, y in pairs)
    return f"{cell_name(i, j)} = {written} = {tidy_number(total)}"
