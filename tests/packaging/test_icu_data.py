"""The bundle's trimmed ICU data (``packaging/icu_data.py``): the package format round-trips
ICU's own file byte for byte, the trimmed library keeps what Qt reads for posapp, and Qt
loading it sorts and case-maps exactly as with the full data (a real Qt process)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging import load

icu_data = load("icu_data")
QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
FULL = next(iter(sorted(QT_LIB.glob("libicudata.so.*"))), None)
needs_icu = pytest.mark.skipif(
    FULL is None or not sys.platform.startswith("linux"), reason="PySide6 ships no libicudata here"
)
needs_binutils = pytest.mark.skipif(
    not (shutil.which("as") and shutil.which("ld")), reason="binutils (as, ld) not installed"
)

SORT_IN_QT = r"""
import functools, json, sys
from PySide6.QtCore import QCollator, QLocale, QTimeZone, QDateTime
from PySide6.QtWidgets import QApplication
app = QApplication([])
words = ["b", "á", "Z", "ñ", "o", "é", "ch", "cz", "d", "ö", "oe", "ä", "z", "अ", "क", "一", "二",
         "İ", "ı", "10", "9", "Ōsaka", "ðe", "þing"]
out = {}
for code in ("en_US", "es_ES", "pt_BR", "fr_FR", "hi_IN", "de_DE", "sv_SE", "tr_TR", "zh_CN"):
    locale = QLocale(code)
    collator = QCollator(locale)
    collator.setNumericMode(True)
    out[code] = [sorted(words, key=functools.cmp_to_key(collator.compare)),
                 locale.toUpper("straße istanbul ı"), locale.toLower("İSTANBUL")]
zone = QTimeZone(b"Asia/Kolkata")
now = QDateTime.currentDateTime()
out["zone"] = zone.displayName(now, QTimeZone.NameType.LongName, QLocale("es_ES"))
out["maps"] = sorted({line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line})
print(json.dumps(out))
"""


def test_the_package_format_round_trips_icus_own_file() -> None:
    if FULL is None:
        pytest.skip("PySide6 ships no libicudata here")
    symbol, package = icu_data.read_library(FULL)
    header, items = icu_data.read_package(package)
    assert symbol.startswith("icudt") and len(items) > 1000
    assert icu_data.write_package(header, items) == package


@needs_icu
def test_what_the_trimmed_package_keeps() -> None:
    _symbol, package = icu_data.read_library(FULL)
    _header, items = icu_data.read_package(package)
    prefix = next(iter(items)).split("/")[0]
    kept = {name for name, data in items.items() if icu_data.keep_item(name, data)}
    for name in ("coll/root.res", "coll/ucadata.icu", "coll/es.res", "coll/hi.res", "root.res",
                 "pool.res", "res_index.res", "likelySubtags.res", "nfkc.nrm", "cnvalias.icu",
                 "zoneinfo64.res", "zone/root.res", "ibm-5348_P100-1997.cnv"):  # fmt: skip
        assert f"{prefix}/{name}" in kept, name
    for name in ("brkitr/cjdict.dict", "lang/es.res", "curr/es.res", "zone/es.res", "unit/fr.res",
                 "translit/root.res", "es.res", "hi_IN.res", "gb18030.cnv"):  # fmt: skip
        assert f"{prefix}/{name}" in items and f"{prefix}/{name}" not in kept, name
    assert sum(len(items[n]) for n in kept) < len(package) / 4


def _run_qt(library_dir: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LD_LIBRARY_PATH=str(library_dir))
    done = subprocess.run(
        [sys.executable, "-c", SORT_IN_QT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


@needs_icu
@needs_binutils
def test_qt_sorts_and_case_maps_the_same_with_the_trimmed_data(tmp_path: Path) -> None:
    trimmed, before, after = icu_data.trim_library(FULL, tmp_path / "trim" / FULL.name)
    assert after < before / 4 and trimmed.stat().st_size < FULL.stat().st_size / 4
    full_dir = tmp_path / "full"
    full_dir.mkdir()
    shutil.copyfile(FULL, full_dir / FULL.name)
    with_full, with_trimmed = _run_qt(full_dir), _run_qt(trimmed.parent)
    assert with_full.pop("maps") == [str(full_dir / FULL.name)]
    assert with_trimmed.pop("maps") == [str(trimmed)]
    assert with_full.pop("zone") != "" and with_trimmed.pop("zone") == "GMT+05:30"
    assert with_trimmed == with_full
    assert with_full["es_ES"][0].index("ñ") == with_full["es_ES"][0].index("o") - 1
