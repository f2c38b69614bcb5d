"""Tests for py_runtime.matrices, with the lesson's 2×2 example and its shape exercise."""

from __future__ import annotations

import pytest

from py_runtime.matrices import (
    ShapeError,
    cell_name,
    format_cell_expansion,
    format_shape_rule,
    matmul,
    product_shape,
    product_terms,
    shape,
    transpose,
)

A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
MINUS = "\u2212"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (A, B, [[19, 22], [43, 50]]),  # the lesson: 1(5)+2(7) = 19, 1(6)+2(8) = 22, ...
        ([[1, 2, 3]], [[1], [2], [3]], [[14]]),  # row times column is a dot product
        ([[1], [2]], [[3, 4]], [[3, 4], [6, 8]]),  # column times row: 2×1 by 1×2 is 2×2
        ([[1, 0], [0, 1]], B, B),
        ([[2, -1]], [[4], [5]], [[3]]),
    ],
)
def test_matmul(a: list, b: list, expected: list) -> None:
    """Assert each cell is row i of A dotted with column j of B."""
    assert matmul(a, b) == expected


@pytest.mark.parametrize(
    ("matrix", "expected"), [([[1, 2, 3], [4, 5, 6]], (2, 3)), ([[7]], (1, 1)), ([[1], [2]], (2, 1))]
)
def test_shape(matrix: list, expected: tuple[int, int]) -> None:
    """Assert shape is (rows, columns), as numpy's shape for the lesson's 2×3 matrix."""
    assert shape(matrix) == expected


@pytest.mark.parametrize(
    ("matrix", "message"),
    [
        ([], "has no rows"),
        ([[]], "row 1 of the matrix is empty"),
        ([[1, 2], [3]], "row 2 of the matrix has 1 number but row 1 has 2"),
    ],
)
def test_bad_shapes(matrix: list, message: str) -> None:
    """Assert empty and ragged matrices are explained, and are ValueErrors."""
    with pytest.raises(ShapeError, match=message):
        shape(matrix)
    assert issubclass(ShapeError, ValueError)


def test_product_shape_exercise() -> None:
    """Assert the lesson's exercise: A 4×3 times B 3×5 is 4×5."""
    assert product_shape((4, 3), (3, 5)) == (4, 5)


def test_mismatched_shapes_explained() -> None:
    """Assert 4×3 by 5×3 has no product, and the message says which numbers must agree."""
    expected = "A is 4×3 and B is 5×3: the columns of A (3) must equal the rows of B (5)"
    with pytest.raises(ShapeError) as caught:
        product_shape((4, 3), (5, 3))
    assert str(caught.value) == expected
    with pytest.raises(ShapeError) as caught:
        matmul([[1, 2, 3]] * 4, [[1, 2, 3]] * 5)
    assert str(caught.value) == expected


def test_format_shape_rule() -> None:
    """Assert the rule (m×n)(n×p) = (m×p) is filled in with the numbers."""
    assert format_shape_rule(4, 3, 5) == "(4×3)(3×5) = (4×5)"


def test_product_terms() -> None:
    """Assert each cell lists the pairs it multiplies: C₁₂ uses (1,6) and (2,8)."""
    terms = product_terms(A, B)
    assert terms[0][1] == [(1, 6), (2, 8)]
    assert terms[1][0] == [(3, 5), (4, 7)]
    assert len(terms) == 2 and all(len(row) == 2 for row in terms)


@pytest.mark.parametrize(
    ("a", "b", "i", "j", "expected"),
    [
        (A, B, 0, 1, "C₁₂ = 1·6 + 2·8 = 22"),
        (A, B, 1, 0, "C₂₁ = 3·5 + 4·7 = 43"),
        (A, B, 1, 1, "C₂₂ = 3·6 + 4·8 = 50"),
        ([[2, -1]], [[4], [5]], 0, 0, f"C₁₁ = 2·4 + ({MINUS}1)·5 = 3"),
        ([[0.5, 1]], [[2], [-3]], 0, 0, f"C₁₁ = 0.5·2 + 1·({MINUS}3) = {MINUS}2"),
    ],
)
def test_format_cell_expansion(a: list, b: list, i: int, j: int, expected: str) -> None:
    """Assert a cell is written out as the lesson does, with 1-based subscripts."""
    assert format_cell_expansion(a, b, i, j) == expected


def test_format_cell_outside_product() -> None:
    """Assert asking for a cell the product does not have is an IndexError."""
    with pytest.raises(IndexError):
        format_cell_expansion(A, B, 2, 0)


@pytest.mark.parametrize(
    ("i", "j", "expected"), [(0, 0, "C₁₁"), (9, 0, "C₁₀,₁"), (0, 9, "C₁,₁₀"), (8, 8, "C₉₉")]
)
def test_cell_name(i: int, j: int, expected: str) -> None:
    """Assert two-digit indices get a comma so C₁,₁₀ is not read as C₁₁,₀."""
    assert cell_name(i, j) == expected


def test_transpose() -> None:
    """Assert rows become columns."""
    assert transpose([[1, 2, 3], [4, 5, 6]]) == [[1, 4], [2, 5], [3, 6]]
