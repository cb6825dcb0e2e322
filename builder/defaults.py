"""The numbers the command line shows as defaults in --help, in a module that imports nothing.

They belong to the modules that use them (load, write, work, which re-export them), but those import
the parser, pyarrow and numpy; `corpus-builder --help` must not pay for that to print three numbers.
"""

from __future__ import annotations

DEFAULT_MAX_BYTES = 32 * 1024 * 1024  # load: a larger raw file is rejected as too-large, unread
SHARD_BYTES = 500 * 1000 * 1000  # write: the Hub's guidance: Parquet shards of at most 500 MB
UNIT_FILES = 200  # work: files per unit: small enough to lose little work on a kill, big enough to amortise
