"""Screenshots of the HTML report for docs/report.md: the overview, a record page with a quote's speaker
shown, and the changes page of a second release. Made from the test corpus (tests/reporting.py):

    .venv/bin/python docs/make_screenshots.py

needs `pip install '.[test]'` and Chromium at /usr/bin/chromium (apt-get install chromium)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent / "tests"))

from playwright.sync_api import sync_playwright  # noqa: E402
from releasing import A, edit_a, id_of, unseal  # noqa: E402
from reporting import launch_chromium, make_report_corpus  # noqa: E402

from builder.release import release  # noqa: E402
from builder.splits import DEFAULT_SPLITS, parse_split_spec  # noqa: E402

RECORD = "dev-04-maravia-election.txt"  # quotes with speakers, and a near-duplicate
VIEWPORT = {"width": 1100, "height": 860}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        raw = make_report_corpus(base / "raw")
        splits = parse_split_spec(DEFAULT_SPLITS)
        release(raw, base / "releases", splits, date="2026-01-01")
        edit_a(raw)
        second = release(raw, base / "releases", splits, date="2026-01-02").path
        index = (second / "report" / "index.html").as_uri()
        with sync_playwright() as p:
            browser = launch_chromium(p)

            def shoot(
                route: str,
                name: str,
                locator: str | None = None,
                above: int = 0,
                focus: bool = False,
                height: int = VIEWPORT["height"],
            ) -> None:
                page = browser.new_page(viewport={**VIEWPORT, "height": height})
                page.goto(index + route)
                if locator is not None:
                    target = page.locator(locator).first
                    target.wait_for()
                    if focus:
                        target.evaluate("node => node.focus({preventScroll: true})")
                    else:
                        target.evaluate(
                            "(node, above) => "
                            "window.scrollTo(0, node.getBoundingClientRect().top + window.scrollY - above)",
                            above,
                        )
                page.screenshot(path=DOCS / name)
                page.close()

            shoot("#overview", "report-overview.png", height=1800)
            shoot("#record/" + id_of(RECORD, raw), "report-record.png", "mark.q", focus=True, height=1200)
            shoot("#diff", "report-diff.png", f"article.changed[data-id='{id_of(A, raw)}']", 20)
            browser.close()
        unseal(base)
    print("wrote", *(DOCS / f"report-{n}.png" for n in ("overview", "record", "diff")))


if __name__ == "__main__":
    main()
