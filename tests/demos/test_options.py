"""Tests of demos/options.py: converting an author's fence options, and errors that carry their own fields."""

from __future__ import annotations

import pytest

from demos.options import ConversionError, Option, OptionError, UnknownOptionError, number, resolve, vector

OPTIONS = (
    Option("v", "list of 2 numbers", [1, 2], "A vector.", vector(2, 2, limit=10)),
    Option("k", "number from -3 to 3", 3, "A factor.", number(-3, 3)),
)


def test_defaults_fill_in_and_values_are_converted() -> None:
    """Assert options left out take their defaults and given ones come back typed."""
    assert resolve(OPTIONS, {}) == {"v": (1.0, 2.0), "k": 3.0}
    assert resolve(OPTIONS, {"k": -1}) == {"v": (1.0, 2.0), "k": -1.0}


@pytest.mark.parametrize(
    ("raw", "option", "words"),
    [
        ({"k": 99}, "k", "expected a number from -3 to 3, got 99"),
        ({"k": "abc"}, "k", "expected a finite number"),
        ({"v": [1, 2, 3]}, "v", "expected a list of 2 numbers"),
        ({"v": [1, 99]}, "v", "between -10 and 10"),
    ],
)
def test_a_refused_value_names_its_option_and_what_it_allows(
    raw: dict[str, object], option: str, words: str
) -> None:
    """Assert resolve raises OptionError whose fields, set when it is made, name the option and its type."""
    with pytest.raises(OptionError) as caught:
        resolve(OPTIONS, raw)
    error = caught.value
    assert type(error) is OptionError
    assert error.option == option
    assert error.allowed == next(o.kind for o in OPTIONS if o.name == option)
    assert words in error.message and str(error) == error.message
    assert error.fix is None


def test_an_unknown_option_lists_the_known_ones() -> None:
    """Assert a name the demo lacks raises UnknownOptionError carrying that name and the demo's names."""
    with pytest.raises(UnknownOptionError) as caught:
        resolve(OPTIONS, {"speed": 2})
    assert (caught.value.option, caught.value.known) == ("speed", ("v", "k"))


def test_converters_refuse_without_naming_an_option() -> None:
    """Assert a converter alone raises ConversionError (it cannot know the option), not OptionError."""
    with pytest.raises(ConversionError) as caught:
        number(0, 1)(5)
    assert not isinstance(caught.value, OptionError)
