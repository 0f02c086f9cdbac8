"""The one place where the scores CSV of a batch (FidelityInterop.ScoreBatchCsv) becomes a DataFrame.

The columns are the library's analysis layout (Ips.Core.Fidelity.Formats.Csv.ScoresCsv, wide or long): the engine
writes the CSV, so names and values are exactly the .NET ones (i01_caseload_size …, scale_edition, level_label). Four
error columns follow (error_kind, error_path, error_codes, error_message), empty for an entry that was scored. This
module only says which columns are text; every other column is a whole number (pandas' nullable Int64).
"""
from __future__ import annotations

import csv
import io
from typing import Any, Dict, List

#: Text columns of either layout (all others hold whole numbers or are empty).
TEXT_COLUMNS = frozenset({
    "scale_id", "scale_edition", "scale_revision", "engine_version", "programme", "review_date", "period_start",
    "period_end", "item_code", "status", "level", "level_label", "warnings", "error_kind", "error_path", "error_codes", "error_message",
})

#: The error columns after the analysis layout's.
ERROR_COLUMNS = ("error_kind", "error_path", "error_codes", "error_message")


def header(text: str) -> List[str]:
    """The column names of a scores CSV (its first row)."""
    return next(csv.reader(io.StringIO(text.split("\n", 1)[0])))


def dtypes(columns: List[str]) -> Dict[str, str]:
    """pandas dtypes: "string" for text columns, "Int64" for the rest (scores, subtotals, totals, ranges)."""
    return {column: "string" if column in TEXT_COLUMNS else "Int64" for column in columns}


def frame(text: str) -> Any:
    """The scores CSV as a DataFrame: empty fields are <NA>; a programme called "NA" stays "NA"."""
    import pandas

    return pandas.read_csv(io.StringIO(text), dtype=dtypes(header(text)), keep_default_na=False, na_values=[""])
