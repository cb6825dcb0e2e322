"""The curators' config (corpus.toml): what it states reaches the card and the datasheet, what it does
not state is the one placeholder, bad files are refused naming file and key, `init` writes one."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from conftest import CORPUS
from huggingface_hub import DatasetCard

from builder.build import build_dataset
from builder.cli import main
from builder.config import CARD_SECTIONS, CONFIG_FILE, NOT_STATED, SECTIONS, CorpusConfig, load_config
from builder.errors import EXIT_USAGE
from builder.splits import DEFAULT_SPLITS, parse_split_spec

SPLITS = parse_split_spec(DEFAULT_SPLITS)
# What the templates said about the repository's own site before the config existed: none may stay.
OLD_SITE_SENTENCES = [
    "left-wing commentary",
    "One site with a clear political line",
    "one site and its editorial line",
    "The maintainers of the corpus-builder repository",
    "article-copyright-held-by-authors",
    "copyrighted by their authors",
    "political commentary",
    "repository's issue tracker",
    "the repository's `raw/` folder",
    "No public upload has been made so far",
]


def run_cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "builder", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def _raw(tmp_path: Path) -> Path:
    """The articles of tests/corpus (their .txt files only), as a user's raw folder."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copyfile(path, raw / path.name)
    return raw


def _body(card: str) -> str:
    """The card without its YAML front matter."""
    return card.split("\n---\n", 1)[1]


USER_CONFIG = """\
[dataset]
name = "jdoe/harbour-gazette"
pretty_name = "Harbour Gazette articles"
description = "Every article the *Harbour Gazette* published in 2025, for studying local reporting."
language = ["en"]
license = "cc-by-4.0"
curators = ["Jane Doe (Example University)"]
contact = "jane.doe@example.org"
citation = '@misc{doe2026harbour, title = {Harbour Gazette articles}, author = {Doe, Jane}, year = {2026}}'

[source]
publication = "Harbour Gazette"
homepage = "https://harbour-gazette.example"

[sections]
collection = { file = "notes/collection.md" }
"""


def test_a_config_gives_the_card_yaml_its_license_and_name_and_both_documents_its_statements(tmp_path: Path) -> None:
    raw = _raw(tmp_path)
    project = tmp_path / "project"
    (project / "notes").mkdir(parents=True)
    (project / CONFIG_FILE).write_text(USER_CONFIG, encoding="utf-8")
    (project / "notes" / "collection.md").write_text(
        "We saved each page of the 2025 archive with `wget --mirror` in January 2026.\n", encoding="utf-8"
    )
    proc = run_cli("build", "--raw", raw, "--out", tmp_path / "out", cwd=project)  # ./corpus.toml is read
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "out"
    card_text = (out / "README.md").read_text(encoding="utf-8")
    datasheet = (out / "DATASHEET.md").read_text(encoding="utf-8")
    card = DatasetCard(card_text)
    assert card.data.license == "cc-by-4.0" and "license_name" not in card.data.to_dict()
    assert card.data.pretty_name == "Harbour Gazette articles"
    assert card.data.language == ["en"]
    assert "# Dataset Card for Harbour Gazette articles" in card_text
    assert datasheet.startswith("# Datasheet: Harbour Gazette articles\n")
    for document in (card_text, datasheet):
        assert "Every article the *Harbour Gazette* published in 2025, for studying local reporting." in document
        assert "jane.doe@example.org" in document
        assert "Jane Doe (Example University)" in document
        assert "https://harbour-gazette.example" in document
        assert "with `wget --mirror` in January 2026." in document
        assert "`cc-by-4.0`" in document
        for sentence in OLD_SITE_SENTENCES:
            assert sentence not in document
    assert "```bibtex\n@misc{doe2026harbour," in card_text
    assert 'Hub repository id: "jdoe/harbour-gazette"' in card_text
    # The builder's speaker scores are said to be the builder's, not this dataset's.
    assert "measured on the builder's own annotated test articles, not on this\ndataset" in card_text
    croissant = json.loads((out / "croissant.json").read_text(encoding="utf-8"))
    assert croissant["name"] == "Harbour Gazette articles"
    # --name still wins over the config's pretty name.
    proc = run_cli("build", "--raw", raw, "--out", tmp_path / "named", "--name", "Renamed", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert DatasetCard.load(tmp_path / "named" / "README.md").data.pretty_name == "Renamed"


MARK = "MARK-"  # every statement of FULL is MARK-<key>, so its place in the output can be found


def _full_config(folder: Path) -> Path:
    """A config that states everything, each statement a marker of its own."""
    lines = [
        "[dataset]",
        'name = "mark-name"',
        f'description = "{MARK}description"',
        'language = ["zu"]',
        'license = "other"',
        f'license_name = "{MARK}license_name"',
        f'curators = ["{MARK}curators"]',
        f'contact = "{MARK}contact"',
        f'citation = "{MARK}citation"',
        "[source]",
        f'publication = "{MARK}publication"',
        f'homepage = "{MARK}homepage"',
        "[sections]",
        *(f'{key} = "{MARK}{key}"' for key in SECTIONS),
    ]
    path = folder / "full.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _as_if_unstated(text: str) -> str:
    """The full config's output with each of its statements replaced by the placeholder: what the
    output must be when the config states nothing."""
    text = text.replace(f"```\n{MARK}citation\n```", NOT_STATED)
    text = text.replace(f"other: {MARK}license_name", NOT_STATED)
    text = text.replace(":** zu\n", f":** {NOT_STATED}\n")
    text = text.replace(': "mark-name"', "")
    return re.sub(rf"{MARK}[a-z_]+", NOT_STATED, text)


def test_with_an_empty_config_every_statement_about_the_source_is_the_placeholder(tmp_path: Path) -> None:
    raw = _raw(tmp_path)
    full = load_config(_full_config(tmp_path))
    (tmp_path / "empty.toml").write_text("", encoding="utf-8")
    empty = load_config(tmp_path / "empty.toml")
    assert empty == CorpusConfig(path=tmp_path / "empty.toml")
    build_dataset(raw, tmp_path / "full", SPLITS, config=full)
    build_dataset(raw, tmp_path / "empty", SPLITS, config=empty)
    build_dataset(raw, tmp_path / "none", SPLITS)  # no config at all: the same documents
    for name in ("README.md", "DATASHEET.md"):
        stated = (tmp_path / "full" / name).read_text(encoding="utf-8")
        unstated = (tmp_path / "empty" / name).read_text(encoding="utf-8")
        assert unstated == (tmp_path / "none" / name).read_text(encoding="utf-8")
        if name == "README.md":
            stated, unstated = _body(stated), _body(unstated)
        # The only differences: each statement of the full config is the placeholder in the empty one.
        assert _as_if_unstated(stated) == unstated, name
        # One sentence in each says what the placeholder means; everything else that is the
        # placeholder in the empty build is a statement the full config filled.
        assert stated.count(NOT_STATED) == 1, name
        assert unstated.count(NOT_STATED) > 10, name
        for sentence in OLD_SITE_SENTENCES:
            assert sentence not in unstated, (name, sentence)
    card_text = (tmp_path / "full" / "README.md").read_text(encoding="utf-8")
    datasheet = (tmp_path / "full" / "DATASHEET.md").read_text(encoding="utf-8")
    for key in SECTIONS:  # every section is in the datasheet, and in the card where init says so
        assert f"{MARK}{key}" in datasheet, key
        assert (f"{MARK}{key}" in card_text) == (key in CARD_SECTIONS), key
    card = DatasetCard.load(tmp_path / "empty" / "README.md")
    assert card.data.license is None and card.data.language is None  # not guessed
    full_card = DatasetCard.load(tmp_path / "full" / "README.md")
    assert (full_card.data.license, full_card.data.license_name) == ("other", f"{MARK}license_name")
    # The phrase lives in builder/config.py only, not in the templates.
    for template in ("dataset_card.md", "datasheet.md"):
        text = resources.files("builder").joinpath("templates", template).read_text(encoding="utf-8")
        assert "not stated" not in text.lower(), template


def test_a_section_file_beside_the_config_is_in_every_build_and_release(tmp_path: Path) -> None:
    raw = _raw(tmp_path)
    project = tmp_path / "project"
    (project / "notes").mkdir(parents=True)
    config = project / CONFIG_FILE
    config.write_text('[sections]\nbiases = { file = "notes/biases.md" }\n', encoding="utf-8")
    notes = project / "notes" / "biases.md"
    notes.write_text("Only the *business* pages were saved.\n", encoding="utf-8")
    releases = tmp_path / "releases"

    def documents(folder: Path) -> str:
        return (folder / "README.md").read_text(encoding="utf-8") + (folder / "DATASHEET.md").read_text(
            encoding="utf-8"
        )

    proc = run_cli("build", "--raw", raw, "--out", tmp_path / "out", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert documents(tmp_path / "out").count("Only the *business* pages were saved.") == 2  # card and datasheet
    # A release from elsewhere, naming the config: the file is found beside the config.
    proc = run_cli("release", "--raw", raw, "--releases", releases, "--date", "2026-01-01", "--config", config)
    assert proc.returncode == 0, proc.stderr
    assert documents(releases / "v1.0.0").count("Only the *business* pages were saved.") == 2
    # The user edits their file: the next build and release carry the new text, the old release stays.
    notes.write_text("Only the *business* and *sports* pages were saved.\n", encoding="utf-8")
    proc = run_cli("release", "--raw", raw, "--releases", releases, "--date", "2026-01-02", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "v1.0.1"  # only the card changed: a patch
    assert "Only the *business* and *sports* pages were saved." in documents(releases / "v1.0.1")
    assert "Only the *business* pages were saved." in documents(releases / "v1.0.0")
    proc = run_cli("verify", releases / "v1.0.1")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = run_cli("build", "--raw", raw, "--out", tmp_path / "out", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert "Only the *business* and *sports* pages were saved." in documents(tmp_path / "out")


@pytest.mark.parametrize(
    "text, files, key",
    [
        ('[dataset]\ntitel = "x"\n', {}, "[dataset] titel"),
        ('[datasets]\nname = "x"\n', {}, "datasets"),
        ('[sections]\nbias = "x"\n', {}, "[sections] bias"),
        ('[dataset]\nlanguage = "en"\n', {}, "[dataset] language"),
        ("[dataset]\ncurators = 3\n", {}, "[dataset] curators"),
        ("[source]\nhomepage = true\n", {}, "[source] homepage"),
        ('[sections]\ncollection = { file = "missing.md" }\n', {}, "[sections] collection"),
        ('[sections]\ncollection = { path = "notes.md" }\n', {"notes.md": "x"}, "[sections] collection"),
        ('[dataset]\nlicense = "CC BY 4.0"\n', {}, "[dataset] license"),
        ('[dataset]\nlicense = "other"\n', {}, "[dataset] license_name"),
        ('[dataset]\nlicense = "mit"\nlicense_name = "MIT"\n', {}, "[dataset] license_name"),
        ('[dataset]\nlanguage = ["English"]\n', {}, "[dataset] language"),
        ('[dataset]\ncontact = "a\\nb"\n', {}, "[dataset] contact"),
        ('[dataset\nname = "x"\n', {}, "not valid TOML"),
        # a section file must be beside the config: no /etc/..., no ../.. out of its folder
        ('[sections]\nbiases = { file = "/etc/hostname" }\n', {}, "is not beside the config"),
        ('[sections]\nbiases = { file = "../../x.md" }\n', {}, "is not beside the config"),
        ('[sections]\nbiases = { file = "big.md" }\n', {"big.md": "x" * 1_000_001}, "is over 1,000,000 bytes"),
        ('[sections]\nbiases = { file = "esc.md" }\n', {"esc.md": "red \x1b[31m text"}, "U+001B"),
        ('[dataset]\ndescription = "a\\u0007b"\n', {}, "U+0007"),
    ],
)
def test_a_bad_config_is_refused_naming_the_file_and_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, files: dict[str, str], key: str
) -> None:
    config = tmp_path / "conf" / "my.toml"
    config.parent.mkdir()
    config.write_text(text, encoding="utf-8")
    for name, content in files.items():
        (config.parent / name).write_text(content, encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copyfile(CORPUS / "seed.txt", raw / "seed.txt")
    for command in (["build", "--out", tmp_path / "out"], ["release", "--releases", tmp_path / "releases"]):
        # In this process (the CLI's own entry point), as 28 subprocesses would take a minute.
        code = main([*map(str, command), "--raw", str(raw), "--config", str(config)])
        stderr = capsys.readouterr().err
        assert code == EXIT_USAGE, stderr
        assert stderr.startswith(f"refused: config: {config}: "), stderr
        assert key in stderr
        assert not (tmp_path / "out").exists() and not (tmp_path / "releases").exists()  # nothing written


def test_init_writes_a_commented_config_that_parses_and_never_overwrites(tmp_path: Path) -> None:
    proc = run_cli("init", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    written = (tmp_path / CONFIG_FILE).read_text(encoding="utf-8")
    assert load_config(tmp_path / CONFIG_FILE) == CorpusConfig(path=tmp_path / CONFIG_FILE)  # states nothing yet
    for key in SECTIONS:
        assert f"# {key} = " in written
    # Its examples are valid values: uncommented (license_name only goes with license = "other"),
    # with the files they name, they parse.
    (tmp_path / "sections").mkdir()
    (tmp_path / "sections" / "collection.md").write_text("Saved with a crawler.\n", encoding="utf-8")
    (tmp_path / "CITATION.bib").write_text("@misc{x}\n", encoding="utf-8")
    filled = re.sub(r"^# (?!license_name)([a-z_]+ = )", r"\1", written, flags=re.M)
    (tmp_path / "filled.toml").write_text(filled, encoding="utf-8")
    config = load_config(tmp_path / "filled.toml")
    assert config.license == "cc-by-4.0" and config.language == ("en",) and config.citation == "@misc{x}"
    assert config.section("collection") == "Saved with a crawler."
    assert len(config.sections) == len(SECTIONS) and config.section("biases") == "..."
    # A second init refuses and leaves the file as it was.
    (tmp_path / CONFIG_FILE).write_text(written + "# mine\n", encoding="utf-8")
    proc = run_cli("init", cwd=tmp_path)
    assert proc.returncode == EXIT_USAGE
    assert "already exists" in proc.stderr and CONFIG_FILE in proc.stderr
    assert (tmp_path / CONFIG_FILE).read_text(encoding="utf-8") == written + "# mine\n"
