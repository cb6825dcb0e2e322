"""The docs stay true: the README's two commands, and every CLI command and option, reject type, rule and
field, each documented in the file of docs/ where its text lives; every relative link resolves."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from pathlib import Path
from types import ModuleType

from conftest import REPO

from builder.cli import cli
from builder.errors import ERROR_TYPES
from builder.rules import RULES
from builder.schema import load_schema

DOCS = REPO / "docs"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


README = _read(REPO / "README.md")
RAW_FORMAT = _read(DOCS / "raw-format.md")
RECORD = _read(DOCS / "record.md")
REJECTS = _read(DOCS / "rejects.md")
COMMANDS = _read(DOCS / "commands.md")
CLI_REFERENCE = _read(DOCS / "cli.md")


def _table_row(slug: str, text: str) -> bool:
    return re.search(rf"^\| `{re.escape(slug)}` \|", text, re.M) is not None


def _quickstart_commands() -> list[str]:
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", section, re.S)


def test_quickstart_has_exactly_two_commands() -> None:
    commands = _quickstart_commands()
    assert len(commands) == 2
    install_and_build, install_and_test = commands
    assert "pip install ." in install_and_build and "builder build --raw raw" in install_and_build
    assert "pip install '.[test]'" in install_and_test and "pytest" in install_and_test
    assert all("\n" not in c for c in commands)


def test_ci_runs_the_readme_test_command() -> None:
    ci = _read(REPO / ".ci" / "run")
    assert _quickstart_commands()[1] in ci.splitlines()


def _section(text: str, heading: str) -> str:
    """The body of a `## heading` section, up to the next heading of level 1 or 2."""
    body = text.split(f"\n{heading}\n", 1)[1]
    return re.split(r"^#{1,2} ", body, maxsplit=1, flags=re.M)[0]


def test_every_cli_command_is_documented() -> None:
    # Each command has its prose section in docs/commands.md whose usage line names exactly the command's
    # options, and its generated --help in docs/cli.md.
    assert set(cli.commands) == {"build", "parse", "validate", "release", "diff", "verify", "synth", "report", "init"}
    for name, command in cli.commands.items():
        heading = f"## `corpus-builder {name}`"
        assert heading in CLI_REFERENCE, f"{name} is not in docs/cli.md"
        assert heading in COMMANDS, f"{name} has no section in docs/commands.md"
        section = _section(COMMANDS, heading)
        usage = section.split("```\n", 2)[1]
        options = {opt for param in command.params for opt in param.opts if opt.startswith("--")}
        for opt in options:
            assert opt in section, f"{name} {opt} is not in docs/commands.md"
        named = set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", usage))
        assert named <= options, f"docs/commands.md's usage of {name} names options it does not have: {named - options}"


def _load_cli_reference_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_cli_reference", DOCS / "make_cli_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_cli_reference_is_what_the_help_texts_give() -> None:
    script = _load_cli_reference_script()
    assert script.render() == CLI_REFERENCE, "docs/cli.md is stale: run python docs/make_cli_reference.py"
    for name, command in cli.commands.items():
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--"):
                    assert opt in _section(CLI_REFERENCE, f"## `corpus-builder {name}`"), (name, opt)


def test_every_reject_type_and_rule_is_documented() -> None:
    for slug in ERROR_TYPES:
        assert _table_row(slug, _section(REJECTS, "## Rejects")), (
            f"reject type {slug} is not in docs/rejects.md's table"
        )
    for rule in RULES:
        assert _table_row(rule, _section(RECORD, "## Validation")), f"rule {rule} is not in docs/record.md's table"


def test_every_field_is_documented() -> None:
    for field in load_schema()["properties"]:
        assert _table_row(field, _section(RECORD, "## The fields")), f"field {field} is not in docs/record.md's table"


def test_every_boilerplate_rule_is_in_the_schema_and_documented() -> None:
    # The schema's enum is the source of truth; the parser's table and docs/rejects.md follow it.
    from builder.parse import BOILERPLATE_RULES

    enum = load_schema()["$defs"]["boilerplate_line"]["properties"]["rule"]["enum"]
    assert set(enum) == set(BOILERPLATE_RULES)
    for rule in enum:
        assert _table_row(rule, _section(REJECTS, "## Line accounting")), (
            f"boilerplate rule {rule} is not in docs/rejects.md's table"
        )


def test_every_junk_rule_is_documented_with_the_reject_types() -> None:
    # The page kinds junk.py rejects are in docs/rejects.md's rules table and next to the reject types
    # of the raw format (docs/raw-format.md), and each is a registered reject type.
    from builder.junk import JUNK_RULES

    section = REJECTS.split("### Pages that are not articles", 1)[1].split("\n**Duplicates.**", 1)[0]
    raw_format = RAW_FORMAT.split("## Pages that are not articles", 1)[1].split("\n## ", 1)[0]
    for slug in JUNK_RULES:
        assert slug in ERROR_TYPES
        assert _table_row(slug, section), f"junk rule {slug} is not in docs/rejects.md's table"
        assert f"`{slug}`" in raw_format, f"{slug} is not in docs/raw-format.md"


# Every Markdown file a reader reaches from the README.
LINKED_DOCS = [REPO / "README.md", *sorted(DOCS.glob("*.md")), *sorted((REPO / "benchmarks").glob("RESULTS*.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def _prose(text: str) -> str:
    """The text outside fenced code blocks (a `# comment` in a shell block is no heading)."""
    return re.sub(r"^```.*?^```", "", text, flags=re.M | re.S)


def _anchors(text: str) -> set[str]:
    """GitHub's heading anchors: lowercase, punctuation dropped, spaces to hyphens, repeats numbered."""
    anchors: set[str] = set()
    for heading in re.findall(r"^#{1,6} +(.+?) *#* *$", _prose(text), re.M):
        slug = "".join(c for c in heading.lower() if c in " -_" or unicodedata.category(c)[0] in "LN").replace(" ", "-")
        anchor, n = slug, 0
        while anchor in anchors:
            n += 1
            anchor = f"{slug}-{n}"
        anchors.add(anchor)
    return anchors


def _link_problems(doc: Path, root: Path) -> tuple[int, list[str]]:
    """How many relative links `doc` has, and those whose file or heading does not exist under `root`."""
    links, problems = 0, []
    for target in LINK.findall(_prose(_read(doc))):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # https:, mailto:: not this repository's
            continue
        links += 1
        path_part, _, anchor = target.partition("#")
        path = (doc.parent / path_part).resolve() if path_part else doc
        if not path.exists() or not path.is_relative_to(root):
            problems.append(f"{target}: no such file in the repository")
        elif anchor and (path.suffix != ".md" or anchor not in _anchors(_read(path))):
            problems.append(f"{target}: no such heading")
    return links, problems


def test_every_relative_link_resolves() -> None:
    links = 0
    for doc in LINKED_DOCS:
        found, problems = _link_problems(doc, REPO)
        assert not problems, f"{doc.relative_to(REPO)}: {problems}"
        links += found
    assert links > 50  # the README and docs link to each other; the check did see them


def test_the_link_check_finds_a_missing_file_or_heading(tmp_path: Path) -> None:
    (tmp_path / "other.md").write_text("# Other\n\n## MANIFEST.json and CHANGELOG.md\n")
    doc = tmp_path / "doc.md"
    doc.write_text(
        "# Title\n\n## A section, with `code`\n\n```sh\n# not a heading\n```\n\n"
        "[ok](#a-section-with-code) [ok](other.md#manifestjson-and-changelogmd) [web](https://example.org/x)\n"
        "[bad](#not-a-heading) [bad](other.md#other-1) [bad](missing.md) ![bad](../outside.png)\n"
    )
    (tmp_path.parent / "outside.png").write_bytes(b"")
    links, problems = _link_problems(doc, tmp_path)
    assert links == 6
    assert problems == [
        "#not-a-heading: no such heading",
        "other.md#other-1: no such heading",
        "missing.md: no such file in the repository",
        "../outside.png: no such file in the repository",
    ]


def test_the_raw_format_spec_is_in_docs_not_tests() -> None:
    # The raw layout spec moved from tests/corpus/LAYOUT.md; the README links it and no copy is left behind.
    assert not (REPO / "tests" / "corpus" / "LAYOUT.md").exists()
    assert "(docs/raw-format.md)" in README
