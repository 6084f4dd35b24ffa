"""The cyclic garbage collector is paused while matching builds its objects, and only then."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator, Sequence

import pytest

from app.matching import engine as engine_module
from app.matching.collector import collector_paused
from app.matching.engine import Engine, EngineConfig
from app.matching.text import Analysed


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_and_running_again_after() -> None:
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_pauses_end_with_the_outermost() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_running_again_after_an_error() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("bad input")
    assert gc.isenabled()


def test_overlapping_calls_in_two_threads() -> None:
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with collector_paused():
            inside.set()
            leave.wait(5)

    worker = threading.Thread(target=other)
    worker.start()
    assert inside.wait(5)
    with collector_paused():
        pass
    assert not gc.isenabled()  # the other call is still building
    leave.set()
    worker.join(5)
    assert gc.isenabled()


def test_matching_prepares_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    analyse_all = engine_module.analyse_all

    def watched(texts: Sequence[str]) -> list[Analysed]:
        seen.append(gc.isenabled())
        return analyse_all(texts)

    monkeypatch.setattr(engine_module, "analyse_all", watched)
    ranking = Engine(EngineConfig(embedding=False)).rank_detailed(["аналізувати дані"], ["аналіз даних", "алгебра"], 1)
    assert seen and not any(seen)
    assert gc.isenabled()
    assert ranking[0][0].index == 0
