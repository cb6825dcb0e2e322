"""The README stays true: its two commands, every CLI command, reject type, rule and field."""

from __future__ import annotations

import re

from conftest import REPO

from builder.cli import cli
from builder.errors import ERROR_TYPES
from builder.rules import RULES
from builder.schema import load_schema

README = (REPO / "README.md").read_text(encoding="utf-8")


def _quickstart_commands() -> list[str]:
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", section, re.S)


def test_quickstart_has_exactly_two_commands():
    commands = _quickstart_commands()
    assert len(commands) == 2
    install_and_build, install_and_test = commands
    assert "pip install ." in install_and_build and "builder build --raw raw" in install_and_build
    assert "pip install '.[test]'" in install_and_test and "pytest" in install_and_test
    assert all("\n" not in c for c in commands)


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert _quickstart_commands()[1] in ci.splitlines()


# New in issue 14 (the curators' config), documented by the docs rewrite of the same issue, which
# owns the README: the integrator empties this set when the CLI reference has them.
NOT_YET_IN_THE_README = {"init", "--config"}


def test_every_cli_command_is_documented():
    assert set(cli.commands) == {"build", "parse", "validate", "release", "diff", "verify", "synth", "report", "init"}
    for name, command in cli.commands.items():
        if name in NOT_YET_IN_THE_README:
            continue
        assert f"### `corpus-builder {name}`" in README
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt not in NOT_YET_IN_THE_README:
                    assert opt in README, f"{name} {opt} is not in the README"


def test_every_reject_type_and_rule_is_documented():
    for slug in ERROR_TYPES:
        assert re.search(rf"^\| `{re.escape(slug)}` \|", README, re.M), (
            f"reject type {slug} is not in the README's table"
        )
    for rule in RULES:
        assert re.search(rf"^\| `{re.escape(rule)}` \|", README, re.M), f"rule {rule} is not in the README's table"


def test_every_field_is_documented():
    for field in load_schema()["properties"]:
        assert re.search(rf"^\| `{field}` \|", README, re.M), f"field {field} is not in the README's table"


def test_every_boilerplate_rule_is_in_the_schema_and_documented():
    # The schema's enum is the source of truth; the parser's table and the README follow it.
    from builder.parse import BOILERPLATE_RULES

    enum = load_schema()["$defs"]["boilerplate_line"]["properties"]["rule"]["enum"]
    assert set(enum) == set(BOILERPLATE_RULES)
    for rule in enum:
        assert re.search(rf"^\| `{re.escape(rule)}` \|", README, re.M), (
            f"boilerplate rule {rule} is not in the README's table"
        )


def test_every_junk_rule_is_documented_with_the_reject_types():
    # The page kinds junk.py rejects are in the README's rules table and next to the reject types
    # of the raw-format docs, and each is a registered reject type.
    from builder.junk import JUNK_RULES

    layout = (REPO / "tests" / "corpus" / "LAYOUT.md").read_text(encoding="utf-8")
    section = README.split("### Pages that are not articles", 1)[1].split("\n**Duplicates.**", 1)[0]
    for slug in JUNK_RULES:
        assert slug in ERROR_TYPES
        assert re.search(rf"^\| `{re.escape(slug)}` \|", section, re.M), (
            f"junk rule {slug} is not in the README's table"
        )
        assert f"`{slug}`" in layout.split("## Pages that are not articles", 1)[1].split("\n## ", 1)[0], (
            f"{slug} is not in LAYOUT.md"
        )
