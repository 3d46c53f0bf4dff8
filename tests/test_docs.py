"""The project carries its own design: every ``docs/design.md "Section"`` a docstring cites
exists, every package and service group is in its layer tables, the README's links resolve,
and the official webhook signing vectors in ``docs/webhook-test-vectors.md`` sign as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from posapp.webhooks.signing import sign

REPO = Path(__file__).resolve().parents[1]
DESIGN = REPO / "docs" / "design.md"
CITATION = re.compile(r'docs/design\.md "([^"]+)"')


def sources() -> list[Path]:
    """posapp's, the benchmarks' and the tests' Python files (not this one)."""
    here = Path(__file__).resolve()
    return [
        path
        for folder in ("posapp", "bench", "tests")
        for path in (REPO / folder).rglob("*.py")
        if path.resolve() != here
    ]


def headings() -> list[str]:
    return [
        line.lstrip("#").strip()
        for line in DESIGN.read_text().splitlines()
        if line.startswith("## ")
    ]


def citations() -> list[tuple[Path, str]]:
    return [(path, section) for path in sources() for section in CITATION.findall(path.read_text())]


def test_every_cited_section_exists() -> None:
    cited = citations()
    assert len(cited) >= 10  # the docstrings do cite it
    titles = headings()
    missing = [
        f"{path.relative_to(REPO)}: {section}"
        for path, section in cited
        if not any(title.startswith(section) for title in titles)
    ]
    assert not missing


def test_no_docstring_points_outside_the_repository() -> None:
    stray = [
        str(path.relative_to(REPO))
        for path in sources()
        if re.search(r"\.\./shared|(?<![\w/])design\.md", path.read_text())
    ]
    assert not stray


def test_every_package_and_service_group_is_in_the_layer_tables() -> None:
    text = DESIGN.read_text()
    packages = [p.name for p in (REPO / "posapp").iterdir() if (p / "__init__.py").exists()]
    groups = [
        p.name for p in (REPO / "posapp" / "services").iterdir() if (p / "__init__.py").exists()
    ]
    assert packages and groups
    missing = [f"{name}/" for name in packages + groups if f"`{name}/`" not in text]
    assert not missing


def test_readme_links_resolve() -> None:
    readme = (REPO / "README.md").read_text()
    targets = re.findall(r"\]\(([^)#\s]+)\)", readme)
    local = [t for t in targets if not re.match(r"[a-z]+:", t)]
    assert "docs/design.md" in local
    assert not [t for t in local if not (REPO / t).exists()]


def vectors() -> list[tuple[str, str, int, str, str]]:
    """(secret, msg_id, timestamp, payload, expected) of each vector in the document."""
    text = (REPO / "docs" / "webhook-test-vectors.md").read_text()
    found = []
    for block in re.findall(r"```\n(.*?)```", text, flags=re.S):
        fields = dict(
            (key.strip(), value.strip())
            for key, _, value in (line.partition("=") for line in block.splitlines())
            if key.strip() in ("secret", "msg_id", "timestamp", "payload", "expected")
        )
        if len(fields) == 5:
            found.append(
                (
                    fields["secret"],
                    fields["msg_id"],
                    int(fields["timestamp"]),
                    fields["payload"],
                    fields["expected"],
                )
            )
    return found


@pytest.mark.parametrize("vector", vectors())
def test_signing_vectors_in_the_docs(vector: tuple[str, str, int, str, str]) -> None:
    secret, msg_id, timestamp, payload, expected = vector
    assert sign(secret, msg_id, timestamp, payload.encode()) == expected


def test_the_docs_hold_the_vectors() -> None:
    assert len(vectors()) >= 2
