"""The one place where the batch JSON (FidelityInterop.ScoreBatch) becomes table columns.

Every column name is ASCII snake case ([a-z0-9_], letter first), so the same names work in pandas, R and Stata. When
the engine's analysis layout changes its names, change them here only.
"""
from __future__ import annotations

from typing import Any, Dict, List, Mapping

#: Columns copied from the batch document onto every row (which scale and engine scored it).
BATCH_COLUMNS = {
    "scaleId": "scale_id",
    "edition": "edition",
    "revision": "revision",
    "engineVersion": "engine_version",
}

#: Columns copied from each scored result.
RESULT_COLUMNS = {
    "index": "index",
    "programme": "programme",
    "reviewDate": "review_date",
    "complete": "complete",
    "ratedItems": "rated_items",
    "itemCount": "item_count",
    "total": "rated_sum",
    "lowestPossible": "total_min",
    "highestPossible": "total_max",
}

#: Integer columns that may be missing (a failed entry): pandas' nullable Int64.
NULLABLE_INT_COLUMNS = ("rated_items", "item_count", "total", "rated_sum", "total_min", "total_max")


def score_column(item: str) -> str:
    """The column of an item's score: item "1" -> "i01" (two digits so the columns sort in item order)."""
    return f"i{int(item):02d}"


def is_score_column(column: str) -> bool:
    """Whether a column holds an item's score (i01, i02, …)."""
    return len(column) == 3 and column[0] == "i" and column[1:].isdigit()


def section_column(section: str) -> str:
    """The column of a section's rated sum: "staffing" -> "section_staffing"."""
    return "section_" + "".join(c if c.isalnum() else "_" for c in section.lower())


def rows(batch: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """One row per batch entry in input order; a failed entry has its error in error_kind/error_path/error_message/error_codes."""
    common = {column: batch.get(key) for key, column in BATCH_COLUMNS.items()}
    table = []
    for result in batch["results"]:
        row: Dict[str, Any] = dict(common)
        for key, column in RESULT_COLUMNS.items():
            if key == "total":
                # The total only when every item is rated; otherwise the sum of the rated items is below what the
                # total can be. Placed before rated_sum, as the R package places it.
                row["total"] = result.get("total") if result.get("complete") else None
            row[column] = result.get(key)
        level = result.get("level")
        row["level"] = level["id"] if level else None
        row["level_name"] = level["name"] if level else None
        for section in result.get("sections", []):
            row[section_column(section["section"])] = section["ratedSum"]
        for item, score in result.get("scores", {}).items():
            row[score_column(item)] = score
        row["not_rated"] = "|".join(str(n) for n in result.get("notRated", []))
        row["invalid"] = "|".join(str(n) for n in result.get("invalid", []))
        error = result.get("error")
        row["error_kind"] = error["kind"] if error else None
        row["error_path"] = error.get("path") if error else None
        row["error_message"] = error["message"] if error else None
        row["error_codes"] = "|".join(e["code"] for e in error.get("errors", [])) if error else None
        table.append(row)
    return table
