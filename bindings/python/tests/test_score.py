import json
from pathlib import Path

import pytest

import ipsfidelity
from conftest import REVIEWS


def test_score_example_gives_the_engines_total_and_level(fair, expected):
    report = ipsfidelity.score(fair, lang="en")

    pinned = next(r for r in expected["reviews"] if r["file"] == "fair.json")
    assert report["total"]["ratedSum"] == pinned["total"]
    assert report["level"]["id"] == pinned["level"]
    assert report["language"] == "en"
    assert {str(item["item"]): item.get("score") for item in report["items"]} == pinned["scores"]


def test_score_takes_a_dict_text_or_path_alike(fair):
    as_text = ipsfidelity.score(fair)
    assert ipsfidelity.score(json.loads(fair)) == as_text
    assert ipsfidelity.score(REVIEWS / "fair.json") == as_text
    assert as_text["language"] == "nb"


def test_score_language_is_case_insensitive(fair):
    assert ipsfidelity.score(fair, lang=" EN ") == ipsfidelity.score(fair, lang="en")


def test_invalid_facts_raise_invalid_facts_error_with_codes(fair):
    facts = json.loads(fair)
    facts["items"][1]["facts"]["employmentServicesTimePercent"] = 150

    with pytest.raises(ipsfidelity.InvalidFactsError) as caught:
        ipsfidelity.score(facts)

    error = caught.value
    assert isinstance(error, ipsfidelity.IpsFidelityError) and isinstance(error, ValueError)
    assert error.kind == "facts"
    assert len(error.errors) == 1
    assert error.errors[0]["item"] == 2
    assert error.errors[0]["path"].startswith("$.items[1]")
    assert error.codes == [error.errors[0]["code"]]
    assert error.codes[0] in str(error)


def test_malformed_json_raises_invalid_json_error_with_path():
    with pytest.raises(ipsfidelity.InvalidJsonError) as caught:
        ipsfidelity.score('{"schemaVersion": 1, "programme": 5}')

    assert caught.value.kind == "json"
    assert caught.value.path.startswith("$")


def test_unknown_language_raises_invalid_argument_error(fair):
    with pytest.raises(ipsfidelity.InvalidArgumentError) as caught:
        ipsfidelity.score(fair, lang="de")

    assert caught.value.parameter == "language"


def test_bad_scale_raises_invalid_scale_error_with_problems(fair):
    with pytest.raises(ipsfidelity.InvalidScaleError) as caught:
        ipsfidelity.score(fair, scale="{}")

    assert caught.value.kind == "scale"


def test_text_with_nul_is_refused_before_the_boundary():
    with pytest.raises(ValueError):
        ipsfidelity.score('{"schemaVersion": 1}\x00')


def test_wrong_type_is_a_type_error():
    with pytest.raises(TypeError):
        ipsfidelity.score(42)


def test_render_and_compare_give_text_and_markdown(fair):
    report = ipsfidelity.score(fair)
    markdown = ipsfidelity.render(report, lang="en", format="markdown")
    assert markdown.startswith("# IPS fidelity review")
    assert ipsfidelity.render(fair, lang="en", format="md") == markdown

    change = ipsfidelity.compare(REVIEWS / "fair-2025.json", fair, lang="en")
    assert change.startswith("Comparison of fidelity reviews")

    with pytest.raises(ipsfidelity.InvalidArgumentError) as caught:
        ipsfidelity.render(fair, format="pdf")
    assert caught.value.parameter == "format"


def test_describe_and_schema():
    scale = ipsfidelity.describe("en")
    assert scale["scaleId"] == "ips-25"
    assert len(scale["items"]) == 25

    facts_schema = ipsfidelity.schema("facts")
    pinned = json.loads((Path(__file__).resolve().parents[3] / "docs" / "schema" / "ips-25.facts.schema.json").read_text(encoding="utf-8"))
    assert facts_schema == pinned
    assert ipsfidelity.schema("batch")["type"] == "array"

    with pytest.raises(ipsfidelity.InvalidArgumentError):
        ipsfidelity.schema("report")


def test_version_names_the_abi_and_engine():
    version = ipsfidelity.version()
    assert version["abiVersion"] == 1
    assert version["engineVersion"]
