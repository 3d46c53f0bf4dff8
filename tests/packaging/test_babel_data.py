"""The bundle's trimmed Babel data (``packaging/babel_data.py``): ``BABEL_API`` is exactly what
posapp imports from Babel, and every one of those functions answers the same with the trimmed
files as with Babel's own, for every locale Babel has (one process per data folder)."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import babel

from tests.packaging import load

babel_data = load("babel_data")
REPO = Path(__file__).resolve().parents[2]
BABEL_DATA = Path(babel.__file__).parent

FORMAT_ALL = r"""
import json, sys
from datetime import date
from decimal import Decimal
import babel.localedata
babel.localedata._dirname = sys.argv[1]
from babel import Locale, UnknownLocaleError
from babel.core import default_locale
from babel.dates import format_date
from babel.numbers import (NumberFormatError, format_currency, format_decimal,
    get_currency_precision, get_currency_symbol, get_decimal_symbol, list_currencies,
    parse_decimal)
out = {"": [sorted(list_currencies()), get_currency_precision("BHD"), default_locale()]}
for name in sorted(babel.localedata.locale_identifiers()):
    row = [str(Locale.parse(name)), get_decimal_symbol(name), sorted(list_currencies(name))]
    for currency in ("INR", "USD", "EUR", "JPY", "BHD", "BRL"):
        row.append(format_currency(Decimal("1234567.891"), currency, locale=name))
        row.append(get_currency_symbol(currency, name))
    row.append(format_currency(Decimal("84.1"), "INR", locale=name, decimal_quantization=False))
    row.append(format_decimal(Decimal("1234.5600001"), format="#,##0.00#####", locale=name,
                              decimal_quantization=False))
    shown = format_decimal(Decimal("-1234.5"), locale=name)
    try:
        row.append(str(parse_decimal(shown, locale=name)))
    except NumberFormatError as exc:
        row.append(type(exc).__name__)
    for length in ("full", "long", "medium", "short"):
        row.append(format_date(date(2026, 3, 7), length, locale=name))
    out[name] = row
print(json.dumps(out, ensure_ascii=False))
"""


def _posapp_babel_imports() -> set[str]:
    found = set()
    for path in (REPO / "posapp").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "babel":
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.split(".")[0] == "babel")
    return found


def test_the_checked_api_is_what_posapp_imports() -> None:
    assert _posapp_babel_imports() == set(babel_data.BABEL_API)


def _format_all(data_dir: Path) -> dict[str, list[object]]:
    done = subprocess.run(
        [sys.executable, "-c", FORMAT_ALL, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=600,
        env={"LANG": "en_IN.UTF-8", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, list[object]] = json.loads(done.stdout)
    return result


def test_every_locale_formats_the_same_with_the_trimmed_files(tmp_path: Path) -> None:
    trimmed = tmp_path / "locale-data"
    for source in (BABEL_DATA / "locale-data").glob("*.dat"):
        babel_data.trim(source, trimmed / source.name)
    for other in (BABEL_DATA / "locale-data").iterdir():
        if other.suffix != ".dat":
            shutil.copyfile(other, trimmed / other.name)
    size = sum(p.stat().st_size for p in trimmed.glob("*.dat"))
    full_size = sum(p.stat().st_size for p in (BABEL_DATA / "locale-data").glob("*.dat"))
    assert size < full_size / 5
    full, cut = _format_all(BABEL_DATA / "locale-data"), _format_all(trimmed)
    assert len(full) > 500 and cut == full
    assert full["es_ES"][3].replace("\u00a0", " ") == "1.234.567,89 INR"
