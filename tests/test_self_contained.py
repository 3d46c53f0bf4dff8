"""A plain clone tests alone: nothing in the repository reads files from beside the checkout."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUTSIDE = re.compile(r"\.\./shared|\"shared\"\s*/|parents\[\d+\]\.parent")


def _sources() -> list[Path]:
    folders = [REPO / name for name in ("posapp", "tests", "bench", ".ci")]
    files = [p for folder in folders for p in folder.rglob("*") if p.is_file()]
    return [p for p in files if p.suffix in {".py", ""} and "__pycache__" not in p.parts]


def test_no_source_reaches_outside_the_checkout() -> None:
    offenders = [
        f"{path.relative_to(REPO)}:{number}"
        for path in _sources()
        if path != Path(__file__).resolve()
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert offenders == []


def test_every_horizon_fixture_a_test_names_is_in_the_repository() -> None:
    fixtures = REPO / "tests" / "fixtures" / "horizon"
    named = {
        name
        for path in (REPO / "tests").rglob("*.py")
        for name in re.findall(
            r"\"(\w+_(?:testnet|docs|horizonclient)\w*\.(?:json|txt))\"", path.read_text()
        )
    }
    assert named, "no test names a Horizon fixture any more"
    assert (fixtures / "SOURCES.md").is_file()
    assert sorted(name for name in named if not (fixtures / name).is_file()) == []
