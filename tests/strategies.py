"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

import enum
import functools
import types
import typing
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from govdisclosure.model import SCHEMA_VERSION, Report, Span


@st.composite
def spans(draw: st.DrawFn) -> Span:
    """Valid half-open spans."""
    a = draw(st.integers(min_value=0, max_value=10_000))
    b = draw(st.integers(min_value=0, max_value=10_000))
    return Span(start=min(a, b), end=max(a, b))


finite_decimals = st.decimals(allow_nan=False, allow_infinity=False)


@functools.cache
def strategy_for(tp: Any) -> st.SearchStrategy[Any]:
    """A small-sized strategy for a model type hint (every attrs field generated)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return st.one_of([strategy_for(a) for a in typing.get_args(tp)])
    if origin is tuple:
        inner = typing.get_args(tp)[0]
        return st.lists(st.deferred(lambda: strategy_for(inner)), max_size=2).map(tuple)
    simple: dict[Any, st.SearchStrategy[Any]] = {
        type(None): st.none(),
        bool: st.booleans(),
        int: st.integers(min_value=-(10**12), max_value=10**12),
        str: st.text(max_size=12),
        Decimal: finite_decimals,
        date: st.dates(),
        Span: spans(),
    }
    if tp in simple:
        return simple[tp]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if attrs.has(tp):
        hints = typing.get_type_hints(tp)
        fields = {f.name: st.deferred(lambda h=hints[f.name]: strategy_for(h)) for f in attrs.fields(tp)}
        if tp is Report:
            fields["schema_version"] = st.just(SCHEMA_VERSION)
        return st.builds(tp, **fields)
    msg = f"no strategy for {tp!r}"
    raise TypeError(msg)


#: Arbitrary reports with every field generated.
reports = strategy_for(Report)
