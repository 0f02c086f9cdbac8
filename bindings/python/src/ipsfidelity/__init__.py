"""Score IPS fidelity reviews from Python.

A thin layer over Ips.Core.Fidelity's native library (libipsfidelity.so, NativeAOT, bundled in the wheel): the answers
are exactly the .NET engine's. Facts in, explained scores out::

    import ipsfidelity
    report = ipsfidelity.score(open("examples/reviews/fair.json").read(), lang="en")
    report["total"]["ratedSum"], report["level"]["id"]

    frame = ipsfidelity.score_batch([fair, exemplary])        # a pandas DataFrame, one row per review
    print(ipsfidelity.render(report, lang="en", format="markdown"))

Bad input raises a typed :class:`IpsFidelityError` (``InvalidFactsError`` carries the coded errors in ``.errors``).
Every function is thread-safe; the native calls release the GIL.
"""
from __future__ import annotations

import json
import os
from typing import Any, Dict, Iterable, Mapping, Optional, Sequence, Union

from . import _columns
from ._native import call, library_path
from .errors import (
    InvalidArgumentError,
    InvalidFactsError,
    InvalidJsonError,
    InvalidScaleError,
    IpsFidelityError,
    NativeLibraryError,
    from_error,
)

__all__ = [
    "score",
    "score_batch",
    "derive",
    "render",
    "compare",
    "describe",
    "schema",
    "version",
    "library_path",
    "IpsFidelityError",
    "InvalidJsonError",
    "InvalidFactsError",
    "InvalidArgumentError",
    "InvalidScaleError",
    "NativeLibraryError",
]

__version__ = "0.2.0"

#: A facts or report document: a dict, its JSON text, or a path to a JSON file.
Document = Union[Mapping[str, Any], str, "os.PathLike[str]"]


def _text(document: Document, name: str) -> str:
    if isinstance(document, os.PathLike):
        with open(document, encoding="utf-8-sig") as handle:
            return handle.read()
    if isinstance(document, str):
        return document
    if isinstance(document, Mapping):
        return json.dumps(document, ensure_ascii=False, allow_nan=False, default=str)
    raise TypeError(f"{name} must be a dict, JSON text or a path, not {type(document).__name__}")


def _scale(scale: Optional[Document]) -> Optional[str]:
    return None if scale is None else _text(scale, "scale")


def _raise_if_error(document: Any) -> None:
    if isinstance(document, dict) and "error" in document:
        raise from_error(document["error"], document)


def _checked(answer: str) -> str:
    """A text answer (render, compare), or the typed exception when it is an error document."""
    if answer.startswith("{"):
        try:
            document = json.loads(answer)
        except ValueError:
            return answer
        _raise_if_error(document)
    return answer


def _json(answer: str) -> Dict[str, Any]:
    """A JSON answer as a dict, or the typed exception when it is an error document."""
    document = json.loads(answer)
    _raise_if_error(document)
    return document


def score(facts: Document, lang: Optional[str] = None, *, scale: Optional[Document] = None) -> Dict[str, Any]:
    """Scores one review and returns its report (the report JSON as a dict).

    Args:
        facts: a facts document (dict, JSON text, or a path to a JSON file).
        lang: "nb" or "en" (any language the scale declares, case-insensitive); None for the scale's default.
        scale: a scale definition document; None for the embedded IPS-25 definition.

    Raises:
        InvalidJsonError, InvalidFactsError (with ``.errors``), InvalidArgumentError, InvalidScaleError.
    """
    return _json(call("ips_score", _text(facts, "facts"), lang, _scale(scale)))


def score_batch(
    reviews: Union["pandas.DataFrame", Sequence[Document], str],  # noqa: F821 - pandas is optional
    lang: Optional[str] = None,
    *,
    scale: Optional[Document] = None,
    layout: str = "wide",
    as_frame: bool = True,
):
    """Scores many reviews; one bad review never fails the others.

    Args:
        reviews: a list of facts documents (dicts or JSON texts), a JSON array as text, or a DataFrame with one
            review per row: either a ``facts`` column (dicts or JSON texts) or the document's top-level fields as
            columns (``programme``, ``reviewDate``, ``reviewPeriod``, ``items``; ``schemaVersion`` defaults to 1).
        lang: the language of ``level_label``; None for the scale's default.
        scale: a scale definition document; None for IPS-25.
        layout: ``"wide"`` (one row per review) or ``"long"`` (one row per review and item).
        as_frame: True (default) for a DataFrame in the library's analysis layout, exactly the columns of the .NET
            ``ScoresCsv`` (scale_id, scale_edition, scale_revision, engine_version, programme, review_date,
            period_start, period_end, i01_caseload_size … , section_*, rated_items, total (only when complete),
            total_min, total_max, level, level_label, warnings (the plausibility warnings' codes, ``;``-joined:
            ``item:code`` wide, the item's codes long); long: item, item_code, status, score, score_min, score_max
            instead of the item and section columns), then error_kind, error_path, error_codes, error_message for an
            entry that could not be scored; rows in input order. False for the batch JSON document.

    Raises:
        InvalidJsonError when the batch as a whole is not a JSON array; InvalidArgumentError (an unknown language or
        layout), InvalidScaleError.
    """
    text = _batch_text(reviews)
    if not as_frame:
        return _json(call("ips_score_batch", text, lang, _scale(scale)))
    table = _columns.frame(_checked(call("ips_score_batch_csv", text, lang, layout, _scale(scale))))
    table.attrs["layout"] = layout
    table.attrs["failed"] = int(table["error_kind"].notna().sum())
    return table


def derive(
    folder: Union[str, "os.PathLike[str]"],
    review_date: str,
    *,
    period_start: Optional[str] = None,
    period_end: Optional[str] = None,
    lang: Optional[str] = None,
    source: Optional[str] = None,
    as_frames: bool = True,
):
    """Derives IPS-25 facts from a folder of record CSV files (the .NET FactDerivation) and scores them.

    Args:
        folder: the folder of record files (``docs/records-csv.md``), e.g. ``examples/data/records``.
        review_date: the review date, ``yyyy-MM-dd``; the period ends on ``period_end`` (default the review date) and
            starts on ``period_start`` (default six months before its end, plus a day).
        lang: the language of ``level_label`` and of the not-derived items' texts.
        source: ``"records"`` (default: the library's record files) or ``"jobbsporet"`` (a Jobbsporet export,
            ``docs/jobbsporet.md``).
        as_frames: True (default) for a dict of DataFrames: ``facts`` (one row per derived fact with its provenance:
            programme, item, fact_id, specialist, kind, value, records, window_start, window_end, records_used,
            excluded), ``scores`` (the analysis layout of :func:`score_batch`), ``errors`` (record errors: code, file,
            line, column, column_name; codes and locations only), ``findings`` (programme, code, property) and
            ``not_derived`` (items the source cannot give, never guessed: programme, item, missing (the fact's code),
            missing_text, records (how many records lack it; 0 when the source never has it), remedy (in ``lang``) and
            source_remedy (the source's own, in English)). False for the derivation JSON document.

    Raises:
        InvalidArgumentError for a missing folder or bad dates.
    """
    options = {"reviewDate": review_date}
    if period_start is not None:
        options["periodStart"] = period_start
    if period_end is not None:
        options["periodEnd"] = period_end
    if lang is not None:
        options["language"] = lang
    if source is not None:
        options["source"] = source
    document = _json(call("ips_derive", os.fspath(folder), json.dumps(options)))
    if not as_frames:
        return document
    import pandas

    facts = pandas.DataFrame(
        [
            {
                "programme": programme["programme"],
                "item": fact["item"],
                "fact_id": fact["factId"],
                "specialist": fact.get("specialist"),
                "kind": fact["kind"],
                "value": fact["value"],
                "records": fact["records"],
                "window_start": fact["windowStart"],
                "window_end": fact["windowEnd"],
                "records_used": fact["recordsUsed"],
                "excluded": "|".join(f"{reason}:{count}" for reason, count in fact["excluded"].items()),
            }
            for programme in document["programmes"]
            for fact in programme["provenance"]
        ],
        columns=["programme", "item", "fact_id", "specialist", "kind", "value", "records", "window_start", "window_end", "records_used", "excluded"],
    )
    errors = pandas.DataFrame(document["errors"], columns=["code", "file", "line", "column", "columnName"]).rename(columns={"columnName": "column_name"})
    findings = pandas.DataFrame(
        [{"programme": p["programme"], **f} for p in document["programmes"] for f in p["findings"]], columns=["programme", "code", "property"]
    )
    not_derived = pandas.DataFrame(
        [
            {
                "programme": p["programme"],
                "item": n["item"],
                "missing": n["missing"],
                "missing_text": n["missingText"],
                "records": n["records"],
                "remedy": n["remedy"],
                "source_remedy": n["sourceRemedy"],
            }
            for p in document["programmes"]
            for n in p.get("notDerived", [])
        ],
        columns=["programme", "item", "missing", "missing_text", "records", "remedy", "source_remedy"],
    )
    return {"facts": facts, "scores": _columns.frame(document["scoresCsv"]), "errors": errors, "findings": findings, "not_derived": not_derived}


def _batch_text(reviews: Any) -> str:
    if isinstance(reviews, str):
        return reviews
    if hasattr(reviews, "to_dict") and hasattr(reviews, "columns"):
        return "[" + ",".join(_text(document, "reviews") for document in _frame_documents(reviews)) + "]"
    if isinstance(reviews, Iterable) and not isinstance(reviews, Mapping):
        return "[" + ",".join(_text(document, "reviews") for document in reviews) + "]"
    raise TypeError(f"reviews must be a list of facts documents, a JSON array or a DataFrame, not {type(reviews).__name__}")


def _frame_documents(frame: Any) -> Iterable[Document]:
    if "facts" in frame.columns:
        return list(frame["facts"])
    documents = []
    for record in frame.to_dict(orient="records"):
        document = {key: value for key, value in record.items() if not _missing(value)}
        document.setdefault("schemaVersion", 1)
        documents.append(document)
    return documents


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def render(
    review: Document, lang: Optional[str] = None, format: str = "text", *, scale: Optional[Document] = None
) -> str:
    """Renders a report (from :func:`score`) or facts (scored first) as plain text or Markdown ("text", "markdown", "md")."""
    return _checked(call("ips_render", _text(review, "review"), lang, format, _scale(scale)))


def compare(
    before: Document,
    after: Document,
    lang: Optional[str] = None,
    format: str = "text",
    *,
    scale: Optional[Document] = None,
) -> str:
    """Compares two reviews (reports or facts) of one programme: item changes, anchors crossed, totals, level, facts."""
    return _checked(call("ips_compare", _text(before, "before"), _text(after, "after"), lang, format, _scale(scale)))


def describe(lang: Optional[str] = None, *, scale: Optional[Document] = None) -> Dict[str, Any]:
    """The scale described: items, anchors, fact schema, levels (lang None: every text as {"nb": …, "en": …})."""
    return _json(call("ips_describe", lang, _scale(scale)))


def schema(kind: str = "facts", *, scale: Optional[Document] = None) -> Dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a "facts" or "batch" document."""
    return _json(call("ips_schema", kind, _scale(scale)))


def version() -> Dict[str, Any]:
    """The native library's ABI, engine and library versions."""
    return _json(call("ips_version"))
