import json
from pathlib import Path

import pandas as pd
import pytest

import ipsfidelity
from ipsfidelity import _columns

EXPECTED = Path(__file__).resolve().parents[3] / "bindings" / "expected"


def _pinned(layout):
    """ScoresCsv's own CSV of the example batch (pinned by BindingsExpectedScoresTests), read as score_batch reads its CSV."""
    return _columns.frame((EXPECTED / f"examples-scores-{layout}.verified.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("layout", ["wide", "long"])
def test_batch_frame_is_the_dotnet_scores_csv_column_for_column(example_batch, layout):
    frame = ipsfidelity.score_batch(example_batch, lang="en", layout=layout)
    pinned = _pinned(layout)

    assert list(frame.columns) == list(pinned.columns) + list(_columns.ERROR_COLUMNS)
    assert frame["engine_version"].notna().all()
    # engine_version carries the build's commit; the pinned file writes it as {engine_version}.
    pd.testing.assert_frame_equal(frame[pinned.columns].drop(columns="engine_version"), pinned.drop(columns="engine_version"))
    assert frame[list(_columns.ERROR_COLUMNS)].isna().all().all()
    assert frame.attrs["failed"] == 0


def test_batch_scores_equal_the_dotnet_engines(example_batch, expected):
    frame = ipsfidelity.score_batch(example_batch, lang="en")
    items = [c for c in frame.columns if c[0] == "i" and c[1:3].isdigit() and c[3] == "_"]

    assert len(items) == 25
    assert list(frame["programme"]) == [r["programme"] for r in expected["reviews"]]
    for (_, row), pinned in zip(frame.iterrows(), expected["reviews"]):
        assert (row["total"] == pinned["total"]) if pinned["complete"] else pd.isna(row["total"])
        assert row["total_min"] == pinned["lowestPossible"]
        assert row["total_max"] == pinned["highestPossible"]
        assert (None if pd.isna(row["level"]) else row["level"]) == pinned["level"]
        for column in items:
            value = row[column]
            assert (None if pd.isna(value) else int(value)) == pinned["scores"][str(int(column[1:3]))], (pinned["file"], column)


def test_batch_frame_has_the_analysis_columns_and_nullable_scores(example_batch):
    frame = ipsfidelity.score_batch(example_batch)

    assert all(c.isascii() and c[0].isalpha() and c == c.lower() for c in frame.columns)
    assert list(frame.columns[:8]) == ["scale_id", "scale_edition", "scale_revision", "engine_version", "programme", "review_date", "period_start", "period_end"]
    assert frame.columns[8] == "i01_caseload_size"
    assert str(frame["i01_caseload_size"].dtype) == "Int64"
    assert str(frame["level_label"].dtype) == "string"
    assert set(frame["scale_id"]) == {"ips-25"}


def test_long_layout_has_one_row_per_review_and_item(example_batch):
    frame = ipsfidelity.score_batch(example_batch, layout="long")

    assert len(frame) == 25 * len(example_batch)
    assert set(frame["status"]) <= {"rated", "notRated", "invalid"}
    assert str(frame["score"].dtype) == "Int64"


def test_one_bad_entry_never_fails_the_others(example_batch):
    bad = dict(example_batch[1])
    bad["reviewDate"] = "not a date"
    # A bare NaN makes the batch invalid JSON as a whole; the engine still scores the other entries one by one.
    frame = ipsfidelity.score_batch([example_batch[0], bad, '{"schemaVersion": 1, "programme": NaN}', example_batch[2]])

    assert list(frame["error_kind"].isna()) == [True, False, False, True]
    assert frame.loc[1, "error_path"].startswith("$[1]")
    assert frame.attrs["failed"] == 2
    assert frame.loc[0, "total"] == ipsfidelity.score(example_batch[0])["total"]["ratedSum"]
    assert pd.isna(frame.loc[1, "total"]) and pd.isna(frame.loc[1, "total_min"])
    assert frame.loc[1, "scale_id"] == "ips-25"


def test_invalid_facts_in_a_batch_carry_their_codes(example_batch):
    bad = json.loads(json.dumps(example_batch[1]))
    bad["items"][1]["facts"]["employmentServicesTimePercent"] = 150
    frame = ipsfidelity.score_batch([bad])

    assert frame.loc[0, "error_kind"] == "facts"
    assert frame.loc[0, "error_codes"]


def test_a_dataframe_of_documents_or_of_a_facts_column_scores_alike(example_batch):
    expected = ipsfidelity.score_batch(example_batch)
    by_fields = ipsfidelity.score_batch(pd.DataFrame(example_batch))
    by_column = ipsfidelity.score_batch(pd.DataFrame({"facts": [json.dumps(d) for d in example_batch]}))

    pd.testing.assert_frame_equal(by_fields, expected)
    pd.testing.assert_frame_equal(by_column, expected)


def test_as_frame_false_is_the_batch_document(example_batch):
    batch = ipsfidelity.score_batch(example_batch, as_frame=False)
    assert batch["count"] == len(example_batch)
    assert set(batch["results"][0]["scores"]) == {str(n) for n in range(1, 26)}


def test_not_an_array_raises_invalid_json_error():
    with pytest.raises(ipsfidelity.InvalidJsonError):
        ipsfidelity.score_batch('{"schemaVersion": 1}')


def test_an_unknown_layout_raises_invalid_argument_error(example_batch):
    with pytest.raises(ipsfidelity.InvalidArgumentError):
        ipsfidelity.score_batch(example_batch, layout="diagonal")


def test_plausibility_warnings_are_a_text_column_of_stable_codes():
    fraction = {"schemaVersion": 1, "programme": "Team Test", "reviewDate": "2026-10-01",
                "items": [{"item": 2, "facts": {"employmentServicesTimePercent": 0.92}}]}
    clean = {"schemaVersion": 1, "programme": "Team Ok", "reviewDate": "2026-10-01",
             "items": [{"item": 2, "facts": {"employmentServicesTimePercent": 92}}]}

    wide = ipsfidelity.score_batch([fraction, clean])
    long = ipsfidelity.score_batch([fraction], layout="long")

    assert str(wide["warnings"].dtype) == "string"
    assert wide["warnings"][0] == "2:Warning.PercentLooksLikeFraction"
    assert pd.isna(wide["warnings"][1])
    assert list(long.loc[long["item"] == 2, "warnings"]) == ["Warning.PercentLooksLikeFraction"]
    assert long["warnings"].notna().sum() == 1
