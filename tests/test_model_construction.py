"""Span's hand-written __init__ and the positional constructors build the objects attrs would."""

from __future__ import annotations

import inspect
import pickle

import attrs
import pytest
from attrs import frozen
from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.model import Section, SectionKind, Span, new_section, new_span


@frozen(kw_only=True, order=True)
class _GeneratedSpan:
    """Span as attrs generates it: fields set, then checked."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            msg = f"invalid span [{self.start}, {self.end})"
            raise ValueError(msg)


def _build(cls: type, start: int, end: int) -> object:
    try:
        return cls(start=start, end=end)
    except ValueError as e:
        return ("ValueError", str(e))


@settings(max_examples=300)
@given(st.integers(-3, 50), st.integers(-3, 50), st.integers(0, 50), st.integers(0, 50))
def test_span_matches_generated_init(a: int, b: int, c: int, d: int) -> None:
    """Span(...) and new_span(...) equal, hash, order, print and fail like the attrs-generated class."""
    ref = _build(_GeneratedSpan, a, b)
    got = _build(Span, a, b)
    try:
        fast: object = new_span(a, b)
    except ValueError as e:
        fast = ("ValueError", str(e))
    if isinstance(ref, tuple):
        assert got == fast == ref
        return
    assert isinstance(got, Span)
    assert got == fast
    assert (got.start, got.end) == (ref.start, ref.end)  # type: ignore[attr-defined]
    assert repr(got) == repr(ref).replace("_GeneratedSpan", "Span")
    assert hash(got) == hash(fast) == hash(Span(start=a, end=b))
    if c <= d:
        other, ref_other = Span(start=c, end=d), _GeneratedSpan(start=c, end=d)
        assert (got < other, got <= other, got == other) == (ref < ref_other, ref <= ref_other, ref == ref_other)  # type: ignore[operator]
    assert pickle.loads(pickle.dumps(got)) == got
    assert attrs.evolve(got, end=b + 1) == Span(start=a, end=b + 1)


def test_invalid_spans_raise() -> None:
    """A negative start or an end before the start is refused by every constructor."""
    for start, end in ((-1, 2), (3, 2)):
        with pytest.raises(ValueError, match="invalid span"):
            Span(start=start, end=end)
        with pytest.raises(ValueError, match="invalid span"):
            new_span(start, end)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        new_span(1, 2).start = 0  # type: ignore[misc]


def test_new_section_takes_every_field_in_order() -> None:
    """new_section's parameters are Section's fields, in declaration order."""
    assert list(inspect.signature(new_section).parameters) == [a.name for a in attrs.fields(Section)]


_TEXT = st.none() | st.text(max_size=5)
_SPAN = st.none() | st.builds(lambda a, n: Span(start=a, end=a + n), st.integers(0, 9), st.integers(0, 9))


@settings(max_examples=200)
@given(
    st.tuples(
        st.sampled_from(SectionKind),
        st.builds(lambda a, n: Span(start=a, end=a + n), st.integers(0, 9), st.integers(0, 9)),
        st.integers(0, 5),
        _TEXT,
        st.none() | st.integers(1, 20),
        _TEXT,
        _TEXT,
        _TEXT,
        _SPAN,
        _SPAN,
        st.none() | st.integers(0, 9),
    )
)
def test_new_section_equals_keyword_section(values: tuple[object, ...]) -> None:
    """new_section(*values) is equal to, hashes and prints like Section(**fields)."""
    names = [a.name for a in attrs.fields(Section)]
    fast = new_section(*values)  # type: ignore[arg-type]
    slow = Section(**dict(zip(names, values, strict=True)))  # type: ignore[arg-type]
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    assert attrs.asdict(fast) == attrs.asdict(slow)
