"""Property tests (hypothesis) for the math core: rules that must hold for every input."""

from __future__ import annotations

import contextlib
import math

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from py_runtime.calculus import derivative
from py_runtime.expr import (
    FUNCTIONS,
    BinOp,
    Call,
    Const,
    ExprError,
    Neg,
    Node,
    Num,
    Var,
    compile_expr,
    evaluate_or_nan,
    parse,
    simplify,
    to_tex,
    to_text,
)
from py_runtime.expr.nodes import children
from py_runtime.matrices import matmul, product_terms
from py_runtime.vectors import (
    angle,
    dot,
    format_dot_sum,
    norm,
    plane_coords,
    rotate_in_plane,
    signed_angle_from,
)

QUICK = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow]
)

# ---------------------------------------------------------------- random formulas

_leaves = st.one_of(
    st.integers(1, 5).map(lambda n: Num(float(n))),
    st.sampled_from([Num(0.5), Num(2.5), Var("x"), Var("x"), Const("pi"), Const("e")]),
)


def _extend(inner: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    small_power = st.tuples(inner, st.integers(-3, 4)).map(
        lambda t: BinOp("^", t[0], Num(float(t[1])) if t[1] >= 0 else Neg(Num(float(-t[1]))))
    )
    return st.one_of(
        st.builds(BinOp, st.sampled_from("+-*/"), inner, inner),
        small_power,
        st.builds(BinOp, st.just("^"), inner, inner),  # general f^g
        st.builds(Neg, inner),
        st.builds(Call, st.sampled_from(FUNCTIONS), inner),
    )


formulas = st.recursive(_leaves, _extend, max_leaves=8)
points = st.floats(-3.0, 3.0, allow_nan=False)


def _usable(*values: float) -> bool:
    return all(math.isfinite(v) and abs(v) < 1e6 for v in values)


def _magnitude(node: Node, x: float) -> float:
    """The largest size of any intermediate value: the scale rounding errors are relative to."""
    sizes = [abs(evaluate_or_nan(node, x=x))]
    sizes += [_magnitude(child, x) for child in children(node)]
    return max((s for s in sizes if math.isfinite(s)), default=0.0)


def _same_value(a: float, b: float, scale: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return True  # only compared where both have a value
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9 * (1.0 + scale))


@QUICK
@given(formulas, points)
def test_symbolic_derivative_matches_numeric(node: Node, x: float) -> None:
    """Assert the symbolic derivative agrees with a central difference wherever f is smooth."""
    try:
        slope = derivative(node)
    except ExprError:
        assume(False)  # refused as too large: not what this test is about
    f = compile_expr(node)
    symbolic = evaluate_or_nan(slope, x=x)
    fine = (f(x + 1e-5) - f(x - 1e-5)) / 2e-5
    coarse = (f(x + 1e-3) - f(x - 1e-3)) / 2e-3
    forward, backward = (f(x + 1e-6) - f(x)) / 1e-6, (f(x) - f(x - 1e-6)) / 1e-6
    assume(_usable(f(x), symbolic, fine, coarse, forward, backward))
    # Near a kink, pole or domain edge the estimates disagree with each other; skip those points.
    assume(
        all(math.isclose(fine, other, rel_tol=1e-3, abs_tol=1e-3) for other in (coarse, forward, backward))
    )
    assert math.isclose(symbolic, fine, rel_tol=1e-4, abs_tol=1e-4)


@QUICK
@given(formulas, points)
def test_simplify_keeps_the_value(node: Node, x: float) -> None:
    """Assert simplify never changes a value (where both forms have one)."""
    before, after = evaluate_or_nan(node, x=x), evaluate_or_nan(simplify(node), x=x)
    assert _same_value(before, after, _magnitude(node, x))


@QUICK
@given(formulas, points)
def test_text_round_trip(node: Node, x: float) -> None:
    """Assert to_text output parses back to the same function and prints the same again."""
    text = to_text(node)
    again = parse(text)
    assert _same_value(evaluate_or_nan(node, x=x), evaluate_or_nan(again, x=x), _magnitude(node, x))
    assert to_text(again) == text


_formula_chars = "0123456789.eExypisncoatlgqrbz+-*/^() ²−×·÷π,"


@QUICK
@given(st.one_of(st.text(max_size=60), st.text(alphabet=_formula_chars, max_size=60)))
def test_parser_raises_only_expr_error(text: str) -> None:
    """Assert any text either parses or raises ExprError, and a parsed tree can be used."""
    try:
        node = parse(text)
    except ExprError as error:
        assert error.position is None or 0 <= error.position <= len(text)
        return
    to_text(node)
    to_tex(node)
    evaluate_or_nan(node, x=0.5, y=-1.5)
    with contextlib.suppress(ExprError):  # too large is allowed; anything else is not
        derivative(node)


# ---------------------------------------------------------------- matrices and vectors


@st.composite
def _matrix_pair(draw: st.DrawFn) -> tuple[list[list[int]], list[list[int]]]:
    m, n, p = (draw(st.integers(1, 4)) for _ in range(3))
    cells = st.integers(-9, 9)
    a = [[draw(cells) for _ in range(n)] for _ in range(m)]
    b = [[draw(cells) for _ in range(p)] for _ in range(n)]
    return a, b


@QUICK
@given(_matrix_pair())
def test_matmul_is_sum_of_products(pair: tuple[list[list[int]], list[list[int]]]) -> None:
    """Assert C[i][j] = Σ_k A[i][k]·B[k][j], and product_terms lists exactly those pairs."""
    a, b = pair
    c, terms = matmul(a, b), product_terms(a, b)
    assert len(c) == len(a) and all(len(row) == len(b[0]) for row in c)
    for i in range(len(a)):
        for j in range(len(b[0])):
            assert c[i][j] == sum(a[i][k] * b[k][j] for k in range(len(b)))
            assert terms[i][j] == [(a[i][k], b[k][j]) for k in range(len(b))]


_coordinate = st.floats(-10.0, 10.0, allow_nan=False)


@st.composite
def _vector_pair(draw: st.DrawFn) -> tuple[list[float], list[float]]:
    n = draw(st.integers(2, 5))
    a = draw(st.lists(_coordinate, min_size=n, max_size=n))
    b = draw(st.lists(_coordinate, min_size=n, max_size=n))
    assume(norm(a) > 1e-3 and norm(b) > 1e-3)
    return a, b


@QUICK
@given(_vector_pair(), st.floats(0.0, 2 * math.pi, exclude_max=True))
def test_rotate_keeps_length_and_sets_angle(pair: tuple[list[float], list[float]], theta: float) -> None:
    """Assert |b'| = |b| and angle(a, b') is theta folded into 0..pi."""
    a, b = pair
    turned = rotate_in_plane(a, b, theta)
    folded = theta if theta <= math.pi else 2 * math.pi - theta
    assert math.isclose(norm(turned), norm(b), rel_tol=1e-9)
    assert math.isclose(angle(a, turned), folded, abs_tol=1e-7)


@QUICK
@given(_vector_pair())
def test_rotating_by_signed_angle_returns_b(pair: tuple[list[float], list[float]]) -> None:
    """Assert rotate_in_plane(a, b, signed_angle_from(a, b)) lands back on b."""
    a, b = pair
    back = rotate_in_plane(a, b, signed_angle_from(a, b))
    assert all(math.isclose(p, q, abs_tol=1e-7 * norm(b)) for p, q in zip(back, b, strict=True))


@QUICK
@given(_vector_pair())
def test_plane_coords_keep_lengths_and_angle(pair: tuple[list[float], list[float]]) -> None:
    """Assert the flat picture has the true lengths and the true angle between the vectors."""
    a, b = pair
    flat_a, flat_b = plane_coords(a, b)
    assert math.isclose(norm(flat_a), norm(a), rel_tol=1e-9)
    assert math.isclose(norm(flat_b), norm(b), rel_tol=1e-9)
    assert math.isclose(angle(flat_a, flat_b), angle(a, b), abs_tol=1e-7)


@QUICK
@given(
    st.integers(1, 6).flatmap(
        lambda n: st.tuples(*[st.lists(st.integers(-20, 20), min_size=n, max_size=n)] * 2)
    )
)
def test_format_dot_sum_total(pair: tuple[list[int], list[int]]) -> None:
    """Assert the readout has one term per component and ends with the true sum."""
    a, b = pair
    text = format_dot_sum(a, b)
    total = sum(x * y for x, y in zip(a, b, strict=True))
    assert text.endswith(" = " + str(total).replace("-", "\u2212"))
    assert text.count("×") == len(a)
    assert dot(a, b) == total
