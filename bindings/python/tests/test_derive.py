import json

import pandas as pd
import pytest

import ipsfidelity
from conftest import ROOT

RECORDS = ROOT / "examples" / "data" / "records"


def test_derive_gives_facts_with_provenance_and_scores_in_the_analysis_layout():
    result = ipsfidelity.derive(RECORDS, "2024-12-31", lang="en")
    document = ipsfidelity.derive(RECORDS, "2024-12-31", lang="en", as_frames=False)

    assert len(result["scores"]) == len(document["programmes"]) > 0
    assert result["scores"].columns[8] == "i01_caseload_size"
    assert len(result["facts"]) == sum(len(p["provenance"]) for p in document["programmes"])
    assert set(result["facts"]["programme"]) == {p["programme"] for p in document["programmes"]}
    assert result["facts"]["window_start"].notna().all()


def test_derived_scores_are_the_engines_scores_of_the_derived_facts():
    document = ipsfidelity.derive(RECORDS, "2024-12-31", lang="en", as_frames=False)
    scores = ipsfidelity.derive(RECORDS, "2024-12-31", lang="en")["scores"]

    # The facts documents are the .NET derivation's (DerivationInteropTests pins them to FactDerivation.Derive).
    rescored = ipsfidelity.score_batch([p["facts"] for p in document["programmes"]], lang="en")
    pd.testing.assert_frame_equal(scores, rescored)


def test_a_missing_folder_or_a_bad_date_raises_invalid_argument_error():
    with pytest.raises(ipsfidelity.InvalidArgumentError):
        ipsfidelity.derive(RECORDS / "nowhere", "2024-12-31")
    with pytest.raises(ipsfidelity.InvalidArgumentError):
        ipsfidelity.derive(RECORDS, "2024-13-01")


def test_a_jobbsporet_export_names_each_item_not_derived_with_fact_count_and_remedy_in_the_chosen_language():
    export = ROOT / "examples" / "data" / "jobbsporet"
    nb = ipsfidelity.derive(export, "2026-06-30", source="jobbsporet", lang="nb")
    en = ipsfidelity.derive(export, "2026-06-30", source="jobbsporet", lang="en")

    frame = en["not_derived"]
    assert list(frame.columns) == ["programme", "item", "missing", "missing_text", "records", "remedy", "source_remedy"]
    item4 = frame[frame["item"] == 4].iloc[0]
    assert item4["missing"] == "TreatmentTeamAssignment"
    assert item4["records"] == 0
    assert item4["remedy"].startswith("The reviewer supplies")
    assert nb["not_derived"][nb["not_derived"]["item"] == 4].iloc[0]["remedy"].startswith("Vurdereren oppgir")
    assert "Behandlingsteam" in item4["source_remedy"]
    assert not (en["facts"]["item"] == 4).any()
    assert ipsfidelity.derive(RECORDS, "2024-12-31")["not_derived"].empty
