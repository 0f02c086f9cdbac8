import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
REVIEWS = ROOT / "examples" / "reviews"
EXPECTED = ROOT / "bindings" / "expected" / "examples-scores.verified.txt"


@pytest.fixture(scope="session")
def expected():
    """The .NET engine's scores of the example batch (pinned by BindingsExpectedScoresTests in tests/Ips.Core.Fidelity.Tests)."""
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_batch(expected):
    """The example reviews as facts dicts, in the order of the expected scores."""
    return [json.loads((REVIEWS / review["file"]).read_text(encoding="utf-8")) for review in expected["reviews"]]


@pytest.fixture(scope="session")
def fair():
    return (REVIEWS / "fair.json").read_text(encoding="utf-8")
