"""The cyclic garbage collector paused while matching builds its many small objects.

A matching call makes hundreds of thousands of objects (analysed texts, word lists, index entries) and no reference
cycles: reference counting frees all of them. The cyclic collector still runs every few hundred allocations, and
now and then a full pass walks every object the process holds (the glossary, the dictionaries, the window's): a
first call at 50 × 2,000 took 41 ms with such a pass and 24 ms without it. Pausing it for the call removes that cost and
nothing else; what the call frees is freed as before, and a collection may run as usual once it is over.

Process-wide and thread-safe: the collector runs again when the last of several overlapping calls ends, and only if
it was running when the first began (a program or test that turned it off keeps it off).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cyclic garbage collector off (see the module docstring)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
