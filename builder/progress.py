"""Progress bars for long builds (tqdm): files read with files/s and an ETA, then units written.

The library reports progress as (stage, done, total) calls; this is the command line's view of them.
Disabled, it draws nothing, so output that is piped or logged stays clean.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a bar is drawn: a quiet or piped build needs no tqdm
    from tqdm import tqdm  # type: ignore[import-untyped]  # types-tqdm is not a dependency

STAGES = {"read": ("reading", "files"), "write": ("writing", "units")}


class ProgressBars:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bars: dict[str, tqdm] = {}

    def update(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        bar = self._bars.get(stage)
        if bar is None:
            from tqdm import tqdm  # (untyped: see the import under TYPE_CHECKING)

            desc, unit = STAGES.get(stage, (stage, "items"))
            bar = self._bars[stage] = tqdm(total=total, desc=desc, unit=f" {unit}", dynamic_ncols=True, leave=True)
        bar.update(done - bar.n)

    def __enter__(self) -> ProgressBars:
        return self

    def __exit__(self, *exc: object) -> None:
        for bar in self._bars.values():
            bar.close()
