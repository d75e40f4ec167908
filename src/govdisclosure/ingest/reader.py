"""Entry point of the ingest stage (placeholder-free minimal version; extended by the ingest issue)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from govdisclosure.errors import InputError
from govdisclosure.ingest.document import Document
from govdisclosure.model import Language
from govdisclosure.normalize.text import matching_view

__all__ = ["DEFAULT_MAX_BYTES", "read"]

#: Default limit on the size of one input (bytes, or UTF-8 bytes of a ``str``).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        msg = f"cannot decode input bytes: {exc}"
        raise InputError(msg) from exc


def read(
    source: str | bytes | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> Document:
    """Read *source* (text, bytes or a path) into a :class:`Document`.

    Raises :class:`~govdisclosure.errors.InputError` for empty, undecodable
    or over-limit input.
    """
    path: str | None = None
    if isinstance(source, os.PathLike):
        path = os.fspath(source)
        size = Path(path).stat().st_size
        if size > max_bytes:
            msg = f"{path}: {size} bytes is over the limit of {max_bytes} bytes"
            raise InputError(msg)
        source = Path(path).read_bytes()
    if isinstance(source, bytes):
        data = source
        if encoding is not None:
            text, used = data.decode(encoding, errors="replace"), encoding
        else:
            text, used = _decode(data)
        enc: str | None = used
    elif isinstance(source, str):
        text, data, enc = source, source.encode("utf-8"), None
    else:
        msg = f"source must be str, bytes or os.PathLike, not {type(source).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    if len(data) > max_bytes:
        msg = f"input of {len(data)} bytes is over the limit of {max_bytes} bytes"
        raise InputError(msg)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        msg = "input is empty"
        raise InputError(msg)
    return Document(
        text=text,
        view=matching_view(text),
        format="text",
        encoding=enc,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        language=Language.HANS,
        path=path,
    )
