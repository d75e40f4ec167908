"""The scoped pause of the cyclic garbage collector around parsing."""

from __future__ import annotations

import gc
import threading

import pytest

import govdisclosure as gd
from govdisclosure._gcpause import paused_gc


@pytest.fixture(autouse=True)
def _collector_enabled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GOVDISCLOSURE_KEEP_GC", raising=False)
    gc.enable()


def test_parse_restores_an_enabled_collector() -> None:
    """After parse() the collector is enabled again, also when parse raises."""
    gd.parse("一、总体情况\n本年共收到申请3件。")
    assert gc.isenabled()
    with pytest.raises(gd.InputError):
        gd.parse("")
    assert gc.isenabled()


def test_parse_keeps_a_disabled_collector_disabled() -> None:
    """A program that disabled the collector itself finds it disabled after parse()."""
    gc.disable()
    try:
        gd.parse("一、总体情况\n本年共收到申请3件。")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_nested_pauses_restore_only_at_the_outermost_exit() -> None:
    """An inner pause does not re-enable the collector while an outer one is active."""
    with paused_gc():
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_environment_switch_leaves_the_collector_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """GOVDISCLOSURE_KEEP_GC=1 means the collector is never touched."""
    monkeypatch.setenv("GOVDISCLOSURE_KEEP_GC", "1")
    with paused_gc():
        assert gc.isenabled()


def test_overlapping_pauses_in_threads_restore_the_collector() -> None:
    """Parses in several threads at once leave the collector enabled when all are done."""
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(20):
                gd.parse("一、总体情况\n本年共收到申请3件。\n二、主动公开\n发布信息12条。")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert gc.isenabled()
