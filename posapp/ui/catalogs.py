"""Keeping the translation catalogs in step with the code, and compiling them.

``python -m posapp.ui.catalogs update`` runs ``pyside6-lupdate`` over ``posapp/`` into
``resources/i18n/posapp_<language>.ts``: new texts arrive unfinished, vanished ones are
dropped, and line numbers are left out so a change to the code does not churn every catalog.
English's catalog holds only the plural forms ("%n sale(s)" → "1 sale", "2 sales").
``python -m posapp.ui.catalogs build DIR`` compiles every catalog into ``DIR`` with
``pyside6-lrelease`` (``build.spec`` does this for the packaged app). Development tool; any
thread.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from posapp.core.i18n import ENGLISH, LANGUAGES
from posapp.ui.common.i18n import catalog_source, compile_catalog, pyside_program

SOURCES = Path(__file__).resolve().parents[1]
"""The ``posapp`` package: every ``.py`` in it is scanned."""


def update_catalog(language: str, target: Path | None = None) -> str:
    """Bring ``language``'s catalog (or a copy of it at ``target``) up to date with the code;
    lupdate's summary is returned."""
    ts = target or catalog_source(language)
    ts.parent.mkdir(parents=True, exist_ok=True)
    command = [
        str(pyside_program("lupdate")),
        "-extensions",
        "py",
        "-recursive",
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        language,
        str(SOURCES),
        "-ts",
        str(ts),
    ]
    if language == ENGLISH:
        command.insert(1, "-pluralonly")
    done = subprocess.run(command, check=True, capture_output=True, text=True, timeout=300)
    return done.stdout + done.stderr


def build_catalogs(folder: Path) -> list[Path]:
    """Compile every catalog into ``folder`` (``posapp_<language>.qm``)."""
    folder.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        target = folder / f"posapp_{language}.qm"
        compile_catalog(catalog_source(language), target)
        built.append(target)
    return built


def main(argv: list[str]) -> int:
    """``update`` or ``build DIR``."""
    if argv[:1] == ["update"]:
        for language in LANGUAGES:
            print(f"{language}: {update_catalog(language).strip()}")
        return 0
    if len(argv) == 2 and argv[0] == "build":
        for path in build_catalogs(Path(argv[1])):
            print(path)
        return 0
    print("usage: python -m posapp.ui.catalogs update | build DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
