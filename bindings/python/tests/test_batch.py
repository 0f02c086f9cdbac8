import json
import re

import pandas as pd
import pytest

import ipsfidelity


def test_batch_scores_equal_the_dotnet_engines(example_batch, expected):
    frame = ipsfidelity.score_batch(example_batch, lang="en")

    assert list(frame["programme"]) == [r["programme"] for r in expected["reviews"]]
    for (_, row), pinned in zip(frame.iterrows(), expected["reviews"]):
        assert row["rated_sum"] == pinned["total"]
        assert (row["total"] == pinned["total"]) if pinned["complete"] else pd.isna(row["total"])
        assert row["total_min"] == pinned["lowestPossible"]
        assert row["total_max"] == pinned["highestPossible"]
        assert bool(row["complete"]) == pinned["complete"]
        assert (None if pd.isna(row["level"]) else row["level"]) == pinned["level"]
        for item, score in pinned["scores"].items():
            value = row[f"i{int(item):02d}"]
            assert (None if pd.isna(value) else int(value)) == score, (pinned["file"], item)


def test_batch_frame_has_analysis_columns_and_nullable_scores(example_batch):
    frame = ipsfidelity.score_batch(example_batch)

    assert all(c.isascii() and c[0].isalpha() and c == c.lower() and len(c) <= 32 for c in frame.columns)
    assert [c for c in frame.columns if re.fullmatch(r"i[0-9]{2}", c)] == [f"i{n:02d}" for n in range(1, 26)]
    assert str(frame["i01"].dtype) == "Int64"
    assert set(frame["scale_id"]) == {"ips-25"}
    assert frame["engine_version"].notna().all()
    assert frame.attrs["scored"] == len(example_batch)


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


#: The leading columns, in order; the R package's tests pin the same list (bindings/r/tests/testthat/test-score-batch.R).
LEADING_COLUMNS = [
    "scale_id", "edition", "revision", "engine_version", "index", "programme", "review_date", "complete",
    "rated_items", "item_count", "total", "rated_sum", "total_min", "total_max", "level", "level_name",
]


def test_columns_are_in_the_order_the_r_package_gives(example_batch):
    frame = ipsfidelity.score_batch(example_batch)

    assert list(frame.columns[: len(LEADING_COLUMNS)]) == LEADING_COLUMNS
    assert list(frame.columns[-6:]) == ["not_rated", "invalid", "error_kind", "error_path", "error_message", "error_codes"]
