"""Shared fixtures and Hypothesis profiles.

Profiles: ``ci`` (default; a few hundred examples per property at most),
``dev`` (fast) and ``long`` (≥ 100 000 examples for the fuzz run), chosen with
``pytest --hypothesis-profile=NAME``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
settings.register_profile(
    "dev", max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example]
)
settings.register_profile(
    "long",
    max_examples=100_000,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile("ci")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_documents() -> list[Path]:
    """Every document under ../shared (seeds and corpus); empty when ../shared is absent."""
    if not SHARED.is_dir():
        return []
    docs = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "corpus" / "docs").glob("*"))
    return [p for p in docs if p.is_file()]


SHARED_DOCS = shared_documents()
needs_shared = pytest.mark.skipif(not SHARED_DOCS, reason="../shared is not present in this checkout")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared directory (tests using it are skipped when it is absent)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present in this checkout")
    return SHARED
