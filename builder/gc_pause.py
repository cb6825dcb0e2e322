"""`collector_paused()`: Python's cyclic garbage collector off while a block imports libraries.

Importing pyarrow, pandas, mlcroissant, matplotlib or huggingface_hub makes hundreds of thousands of
objects that live as long as the process, and the collector, run every 700 new objects, goes through
them again and again: pausing it cut those imports by 8 to 12% (about 0.1 s of CPU in each process of
a one-article build, measured by importing the same libraries with and without `gc.disable()`). An
import makes little or no cyclic garbage, so nothing piles up meanwhile; the collector is back on
when the block ends. (No `gc.freeze` here: in the build process it would also keep, for good, whatever
cyclic garbage a caller of the library has at that moment; the output process, which does nothing
but its imports first, freezes them.)

Blocks may nest and run on several threads at once (the output process's warm-up thread imports
mlcroissant while the build may import too): the collector is back on when the last one ends, and
only if it was on when the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # blocks running now
_was_enabled = False  # the collector's state when the first of them began


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off for the block (see the module docstring)."""
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
