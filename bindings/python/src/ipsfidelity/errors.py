"""Typed exceptions for the library's error documents ({"schemaVersion": 1, "error": {"kind": ..., ...}})."""
from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional


class IpsFidelityError(Exception):
    """An error document from the engine.

    Attributes:
        kind: "json", "facts", "argument", "scale" or "internal".
        message: the engine's invariant English message.
        path: where in the input (a JSONPath such as "$.items[0].facts"), when known.
        parameter: the argument at fault (e.g. "language"), when the kind is "argument".
        errors: the coded fact errors (kind "facts"): dicts with "code", "item", "path", "factId", "specialist",
            "value", "message" (keys absent when not applicable).
        problems: the coded problems of a scale definition that does not load (kind "scale").
        document: the whole error document.
    """

    def __init__(self, error: Mapping[str, Any], document: Optional[Mapping[str, Any]] = None):
        self.kind: str = error.get("kind", "internal")
        self.message: str = error.get("message", "")
        self.path: Optional[str] = error.get("path")
        self.parameter: Optional[str] = error.get("parameter")
        self.errors: List[Dict[str, Any]] = list(error.get("errors", []))
        self.problems: List[Dict[str, Any]] = list(error.get("problems", []))
        self.document: Mapping[str, Any] = document if document is not None else {"schemaVersion": 1, "error": dict(error)}
        super().__init__(self.message)

    @property
    def codes(self) -> List[str]:
        """The stable codes of the listed errors (or of the scale problems), in order."""
        return [entry["code"] for entry in (self.errors or self.problems)]

    def __str__(self) -> str:
        where = f" at {self.path}" if self.path else ""
        codes = f" [{', '.join(self.codes)}]" if self.codes else ""
        return f"{self.kind}{where}: {self.message}{codes}"


class InvalidJsonError(IpsFidelityError, ValueError):
    """The text is not valid JSON, or not a facts/report document of schema version 1 (kind "json")."""


class InvalidFactsError(IpsFidelityError, ValueError):
    """A valid document whose facts break the scale's rules (kind "facts"); `.errors` lists each with its code."""


class InvalidArgumentError(IpsFidelityError, ValueError):
    """An unknown language, format or schema document, or text the boundary cannot read (kind "argument")."""


class InvalidScaleError(IpsFidelityError, ValueError):
    """A scale definition that does not load (kind "scale"); `.problems` lists each with its code."""


class NativeLibraryError(IpsFidelityError):
    """The native library is missing, does not load, or failed unexpectedly (kind "internal")."""

    def __init__(self, message: str):
        super().__init__({"kind": "internal", "message": message})


_BY_KIND = {
    "json": InvalidJsonError,
    "facts": InvalidFactsError,
    "argument": InvalidArgumentError,
    "scale": InvalidScaleError,
}


def from_error(error: Mapping[str, Any], document: Optional[Mapping[str, Any]] = None) -> IpsFidelityError:
    """The typed exception for an error object (the value of an error document's "error")."""
    cls = _BY_KIND.get(error.get("kind", ""))
    if cls is None:
        exception = NativeLibraryError(error.get("message", "unknown error"))
        exception.document = document or {"schemaVersion": 1, "error": dict(error)}
        return exception
    return cls(error, document)
