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
