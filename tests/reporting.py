"""The raw folder the report's tests (and docs/make_screenshots.py) build: the shared corpus with its
three rejects, an exact duplicate, and a near-copy of an article whose headline, paragraph and quote
are hostile HTML, with a character outside the BMP before a quote (JavaScript strings count it as two)."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import CORPUS

HOSTILE_HEADLINE = "<script>alert(1)</script> Maravia votes <img src=x onerror=alert(2)>"
HOSTILE_SOURCE = "dev-04-maravia-election.txt"
HOSTILE_FILE = "dev-04b-hostile.txt"
DUPLICATE_FILE = "dev-02b-crlf-copy.txt"
_HEADLINE = "Maravia Votes Again, and This Time the Opposition Learned to Count"
_QUOTE_LINE = "“We stopped treating fraud"
HOSTILE_PARAGRAPH = (
    "The leaflet read <b onmouseover=alert(3)>vote</b> in bold. "
    "“<img src=x onerror=alert(4)> is not a plan,” said Mallory Tester."
)


def make_report_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for raw in sorted(CORPUS.glob("*.txt")):
        shutil.copy(raw, folder / raw.name)
    text = (CORPUS / "dev-02-glacier-water-rights.txt").read_text(encoding="utf-8")
    (folder / DUPLICATE_FILE).write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    text = (CORPUS / HOSTILE_SOURCE).read_text(encoding="utf-8")
    assert _HEADLINE in text and _QUOTE_LINE in text
    text = text.replace(_HEADLINE, HOSTILE_HEADLINE).replace(_QUOTE_LINE, "\U0001f5f3 " + _QUOTE_LINE)
    text = text.replace("\n\nMarch 9, 2024,", f"\n\n{HOSTILE_PARAGRAPH}\n\nMarch 9, 2024,", 1)
    (folder / HOSTILE_FILE).write_text(text, encoding="utf-8")
    return folder


CHROMIUM = "/usr/bin/chromium"  # Debian's package: Playwright's own browser download does not work here
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def launch_chromium(playwright):
    """Headless Chromium from the system (root needs --no-sandbox), without its background traffic."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
