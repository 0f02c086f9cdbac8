"""Loads libipsfidelity.so and calls its C ABI (ips_fidelity.h): UTF-8 strings in, owned UTF-8 strings out."""
from __future__ import annotations

import ctypes
import os
import threading
from pathlib import Path
from typing import Optional

from .errors import NativeLibraryError

#: Overrides the bundled library (e.g. a fresh `dotnet publish` of src/Ips.Core.Fidelity.Native).
LIBRARY_ENV = "IPSFIDELITY_LIBRARY"
_LIBRARY_NAME = "libipsfidelity.so"

_lock = threading.Lock()
_library: Optional[ctypes.CDLL] = None

# name -> number of string arguments; every export returns char* (released with ips_free) except those below.
_STRING_FUNCTIONS = {
    "ips_score": 3,
    "ips_score_batch": 3,
    "ips_score_batch_csv": 4,
    "ips_derive": 2,
    "ips_render": 4,
    "ips_compare": 5,
    "ips_describe": 2,
    "ips_schema": 2,
    "ips_version": 0,
}


def library_path() -> Path:
    """The native library this package loads: $IPSFIDELITY_LIBRARY, else the one bundled in the package."""
    override = os.environ.get(LIBRARY_ENV)
    return Path(override) if override else Path(__file__).with_name(_LIBRARY_NAME)


def _load() -> ctypes.CDLL:
    global _library
    with _lock:
        if _library is not None:
            return _library
        path = library_path()
        if not path.is_file():
            raise NativeLibraryError(
                f"the native library {path} is missing: install the ipsfidelity wheel, or set {LIBRARY_ENV} to a "
                "published libipsfidelity.so (dotnet publish src/Ips.Core.Fidelity.Native -c Release)"
            )
        try:
            library = ctypes.CDLL(str(path))
        except OSError as exception:
            raise NativeLibraryError(f"the native library {path} does not load: {exception}") from exception
        for name, arity in _STRING_FUNCTIONS.items():
            function = getattr(library, name)
            function.argtypes = [ctypes.c_char_p] * arity
            # c_void_p, not c_char_p: the pointer itself is needed to release the string.
            function.restype = ctypes.c_void_p
        library.ips_free.argtypes = [ctypes.c_void_p]
        library.ips_free.restype = None
        _library = library
        return library


def _encode(value: Optional[str]) -> Optional[bytes]:
    if value is None:
        return None
    if "\x00" in value:
        # A C string ends at NUL: the library would silently see only the text before it.
        raise ValueError("text passed to the native library must not contain NUL characters")
    return value.encode("utf-8")


def call(name: str, *arguments: Optional[str]) -> str:
    """Calls export `name` with the given strings (None is NULL) and returns its answer, releasing the native copy."""
    library = _load()
    pointer = getattr(library, name)(*(_encode(argument) for argument in arguments))
    if not pointer:
        raise MemoryError(f"{name}: the native library could not allocate its answer")
    try:
        return ctypes.string_at(pointer).decode("utf-8")
    finally:
        library.ips_free(pointer)
