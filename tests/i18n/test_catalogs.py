"""The translation catalogs are complete and in step with the code.

pyside6-lupdate runs over ``posapp/`` into a copy of each committed catalog: a text the code
gained is then unfinished (and fails), a text the code lost is dropped (and the copy no longer
matches the committed file). Every translation keeps its source's ``{placeholders}`` and
``%n``, and every catalog compiles with pyside6-lrelease.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from posapp.core.i18n import LANGUAGES, TRANSLATED
from posapp.ui.catalogs import update_catalog
from posapp.ui.common.i18n import catalog_source, compile_catalog

PLACEHOLDER = re.compile(r"\{[a-z_]+(?:![rs])?\}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) → the ``<message>`` element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    """The translation text, or each plural form's."""
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_catalog_holds_every_text_of_the_code_and_no_other(
    language: str, tmp_path: Path
) -> None:
    committed = catalog_source(language)
    copy = tmp_path / committed.name
    shutil.copy(committed, copy)
    update_catalog(language, copy)
    before, after = messages(committed), messages(copy)
    assert sorted(set(after) - set(before))[:10] == [], "texts missing from the catalog"
    assert sorted(set(before) - set(after))[:10] == [], "texts the code no longer has"


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_no_entry_is_unfinished_or_obsolete(language: str) -> None:
    for key, message in messages(catalog_source(language)).items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), key
        assert all(text.strip() for text in translations_of(message)), key


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_every_placeholder(language: str) -> None:
    for (context, source), message in messages(catalog_source(language)).items():
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in translations_of(message):
            assert sorted(PLACEHOLDER.findall(text)) == wanted, (context, source, text)
            if "%n" in source:
                assert "%n" in text or "%Ln" in text, (context, source)


def test_english_spells_out_its_plurals() -> None:
    found = messages(catalog_source("en"))
    assert found, "the English catalog holds the plural forms"
    for (_context, source), message in found.items():
        assert message.get("numerus") == "yes"
        one, other = translations_of(message)
        assert "(s)" not in one + other, source


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_catalog_compiles(language: str, tmp_path: Path) -> None:
    target = tmp_path / f"posapp_{language}.qm"
    compile_catalog(catalog_source(language), target)
    assert target.stat().st_size > 100
