"""What a raw file is when a build plans it, to tell when reading it whether it changed in between.

In a module of its own so that the process that plans a build and writes the dataset need not import
the parser (load.py) to pack and compare these: its workers parse.
"""

from __future__ import annotations

import os
import struct

NOT_READ = "-"  # the raw sha256 of a file whose bytes were not read (or not used: it changed meanwhile)

# What a file is at planning time, to tell at reading time whether it changed in between: inode,
# size, modification and inode change time (ctime cannot be set back, so a rewrite with a restored
# mtime is still seen). Packed, 32 bytes a file: a million-file plan holds them all at once.
FILE_STATE = struct.Struct("<Qqqq")
UNSTATABLE = (0, -1, 0, 0)  # the planner could not stat the file


def file_state(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
