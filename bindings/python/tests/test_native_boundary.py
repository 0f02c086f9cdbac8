"""The C ABI itself (ips_fidelity.h), called through ctypes without the package's checks."""
import ctypes
import json

from ipsfidelity import _native


def _answer(pointer):
    library = _native._load()
    try:
        return json.loads(ctypes.string_at(pointer).decode("utf-8"))
    finally:
        library.ips_free(pointer)


def test_null_where_text_is_required_is_an_argument_error_document():
    error = _answer(_native._load().ips_score(None, None, None))["error"]

    assert error == {"kind": "argument", "parameter": "facts_json", "message": error["message"]}
    assert "NULL" in error["message"]


def test_bytes_that_are_not_utf8_are_an_argument_error_document_never_replaced():
    error = _answer(_native._load().ips_score_batch(b"[\xff\xfe]", b"en", None))["error"]

    assert error["kind"] == "argument"
    assert error["parameter"] == "batch_json"


def test_ips_is_error_tells_error_documents_from_results():
    library = _native._load()
    library.ips_is_error.argtypes = [ctypes.c_char_p]
    library.ips_is_error.restype = ctypes.c_int

    assert library.ips_is_error(b'{"schemaVersion": 1, "error": {"kind": "json"}}') == 1
    assert library.ips_is_error(b"# IPS fidelity review") == 0
    assert library.ips_is_error(None) == 0


def test_ips_free_ignores_null():
    _native._load().ips_free(None)
