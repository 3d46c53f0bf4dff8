"""The log formatter cuts every URL down to scheme://host[:port], tracebacks included."""

from __future__ import annotations

import logging
import sys

import httpx

from posapp.cli.logs import RedactingFormatter, redact_urls


def test_redact_urls_keeps_only_scheme_and_host() -> None:
    text = (
        "POST https://hooks.example.com:8443/in/s3cr3tpath?token=abc123 failed; "
        "db postgresql+psycopg://pos:pw0rd@db.local/shop; horizon https://h.example.org/ ok"
    )
    redacted = redact_urls(text)
    for secret in ("s3cr3tpath", "abc123", "pw0rd", "/shop"):
        assert secret not in redacted
    assert "https://hooks.example.com:8443/…" in redacted
    assert "postgresql+psycopg://db.local/…" in redacted
    assert "https://h.example.org ok" in redacted


def test_formatter_redacts_exception_text() -> None:
    request = httpx.Request("POST", "http://127.0.0.1:9/hook?token=zz9top")
    response = httpx.Response(500, request=request)
    try:
        response.raise_for_status()
    except httpx.HTTPStatusError:
        record = logging.LogRecord(
            "httpx", logging.ERROR, __file__, 1, "sending %s", (request.url,), None
        )
        record.exc_info = sys.exc_info()
    line = RedactingFormatter("%(name)s: %(message)s").format(record)
    assert "HTTPStatusError" in line
    assert "zz9top" not in line and "/hook" not in line
