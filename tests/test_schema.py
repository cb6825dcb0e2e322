"""The JSON Schema: valid against its metaschema, shipped in the package, the source of the Arrow
schema and the datasets Features, and exact about what it accepts."""

from __future__ import annotations

import copy
from importlib import resources

import datasets
import jsonschema
import pyarrow as pa
import pytest
from conftest import CORPUS, REPO

from builder.build import load_article
from builder.rules import RULES, duplicate_id_issues, record_issues
from builder.schema import arrow_schema, features, load_schema, schema_issues, yaml_features


@pytest.fixture
def seed_record() -> dict:
    return load_article(CORPUS / "seed.txt", "seed.txt")


def test_schema_passes_its_metaschema():
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_package_data_is_the_repository_schema():
    shipped = resources.files("builder").joinpath("schemas", "article.schema.json").read_bytes()
    assert shipped == (REPO / "schema" / "article.schema.json").read_bytes()


def _strip_nullability(t: pa.DataType) -> pa.DataType:
    if pa.types.is_list(t):
        return pa.list_(_strip_nullability(t.value_type))
    if pa.types.is_struct(t):
        return pa.struct([pa.field(f.name, _strip_nullability(f.type)) for f in t])
    return t


def test_arrow_features_and_card_yaml_agree():
    arrow = arrow_schema()
    feats = features()
    # datasets reads the card's YAML back into exactly the derived Features ...
    assert datasets.Features._from_yaml_list(yaml_features()) == feats
    # ... which are exactly what datasets makes of the Parquet schema ...
    assert datasets.Features.from_arrow_schema(arrow) == feats
    # ... and the same columns and types as the Parquet schema, which alone carries nullability.
    assert arrow.names == list(feats) == list(load_schema()["properties"])
    assert [_strip_nullability(f.type) for f in arrow] == list(feats.arrow_schema.types)


def test_nullability_follows_the_schema():
    arrow = arrow_schema()
    nullable = {f.name for f in arrow if f.nullable}
    assert nullable == {"author", "bio", "image_credit"}
    quote = arrow.field("quotes").type.value_type
    assert {f.name for f in quote if f.nullable} == {"speaker", "cue"}
    assert not any(f.nullable for f in arrow.field("boilerplate").type.value_type)


def test_seed_record_is_valid(seed_record):
    assert record_issues(seed_record) == []


@pytest.mark.parametrize(
    "mutate, keyword, path",
    [
        (lambda r: r.update(headline=""), "minLength", "$.headline"),
        (lambda r: r.update(headline=" padded"), "pattern", "$.headline"),
        (lambda r: r.update(headline="two  spaces"), "pattern", "$.headline"),
        (lambda r: r.update(headline="line\nbreak"), "pattern", "$.headline"),
        (lambda r: r.update(headline="trailing newline\n"), "pattern", "$.headline"),
        (lambda r: r.update(headline="nul\x00char"), "pattern", "$.headline"),
        (lambda r: r.update(headline="nbsp\u00a0inside"), "pattern", "$.headline"),
        (lambda r: r.update(author=""), "anyOf", "$.author"),
        (lambda r: r.update(bio="para one\n\n\npara two"), "anyOf", "$.bio"),
        (lambda r: r.update(paragraphs=[]), "minItems", "$.paragraphs"),
        (lambda r: r["quotes"][0].update(start=-1), "minimum", "$.quotes[0].start"),
        (lambda r: r["quotes"][0].pop("speaker"), "required", "$.quotes[0]"),
        (lambda r: r["related_links"][0].update(date="2020-02-30"), "format", "$.related_links[0].date"),
        (lambda r: r["related_links"][0].update(date="February 27, 2020"), "format", "$.related_links[0].date"),
        (lambda r: r["source"].update(encoding="latin-1"), "enum", "$.source.encoding"),
        (lambda r: r.update(extra=1), "additionalProperties", "$"),
        (lambda r: r.update(id="not-a-hash"), "pattern", "$.id"),
    ],
)
def test_schema_rejects_with_json_path(seed_record, mutate, keyword, path):
    record = copy.deepcopy(seed_record)
    mutate(record)
    issues = schema_issues(record)
    assert issues, "the schema accepted an invalid record"
    assert (issues[0].rule, issues[0].path) == (keyword, path)
    assert issues[0].type == "schema"


@pytest.mark.parametrize(
    "mutate, rule, path",
    [
        (lambda r: r["quotes"][0].update(end=10**6), "quote-in-paragraph", "$.quotes[0]"),
        (lambda r: r["quotes"][0].update(paragraph=99), "quote-in-paragraph", "$.quotes[0]"),
        (lambda r: r["quotes"][0].update(text="something else"), "quote-text", "$.quotes[0].text"),
        (lambda r: r["quotes"].pop(), "quote-spans", "$.quotes"),
        (lambda r: r.update(id="0000000000000000"), "derived-id", "$.id"),
        (lambda r: r.update(author="Somebody Else"), "derived-author", "$.author"),
        (lambda r: r["paragraphs"].__setitem__(3, "Trumpâ€™s return"), "clean-text", "$.paragraphs[3]"),
        (lambda r: r["paragraphs"].__setitem__(3, "More articles by:"), "unambiguous-layout", "$.paragraphs[3]"),
        (
            lambda r: r["related_links"][0].update(title="March 8, 2024"),
            "unambiguous-layout",
            "$.related_links[0].title",
        ),
        (lambda r: r["quotes"][0].update(speaker="Kim Jong Un"), "derived-speaker", "$.quotes[0].speaker"),
        (lambda r: r["quotes"][-1].update(cue="whispered"), "derived-speaker", "$.quotes[14].cue"),
        (lambda r: r["boilerplate"][0].update(line="Share this"), "boilerplate-line", "$.boilerplate[0].line"),
        (lambda r: r["boilerplate"].reverse(), "boilerplate-placement", "$.boilerplate[1]"),
        (lambda r: r["boilerplate"][-1].update(links_before=3), "boilerplate-placement", "$.boilerplate[3]"),
        # Two cut-off author lines in a row after the last entry would read as one more entry.
        (
            lambda r: (
                r["boilerplate"][3:3] == []
                and r["boilerplate"].__setitem__(
                    slice(3, 3),
                    [
                        {"line": "Cut Off", "rule": "incomplete-sidebar-entry", "links_before": 45},
                        {"line": "Cut Off Too", "rule": "incomplete-sidebar-entry", "links_before": 45},
                    ],
                )
            ),
            "boilerplate-placement",
            "$.boilerplate",
        ),
        (lambda r: r["boilerplate"].pop(1), "boilerplate-placement", "$.boilerplate"),
        # Clean on its own, but mojibake in the credit line it is rendered in.
        (lambda r: r.update(image_credit="Ã¥"), "clean-text", "$.image_credit"),
    ],
)
def test_record_rules_report_with_json_path(seed_record, mutate, rule, path):
    record = copy.deepcopy(seed_record)
    mutate(record)
    issues = record_issues(record)
    assert issues, "the record rules accepted an invalid record"
    assert rule in RULES
    assert (issues[0].rule, issues[0].path) == (rule, path)
    assert issues[0].type == "record-rule"


def test_first_paragraph_reading_as_credit_needs_a_credit(seed_record):
    record = copy.deepcopy(seed_record)
    record["image_credit"] = None
    record["paragraphs"][0] = "Photo: Jane Doe."
    record["quotes"] = [q for q in record["quotes"] if q["paragraph"] != 0]
    assert [i.rule for i in record_issues(record)] == ["unambiguous-layout"]


def test_duplicate_ids_name_the_first(seed_record):
    issues = duplicate_id_issues([seed_record, {"id": "x"}, copy.deepcopy(seed_record)])
    assert list(issues) == [2]
    assert "record 0" in issues[2].message and issues[2].type == "duplicate-id"
