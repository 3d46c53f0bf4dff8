"""Babel's per-locale CLDR data for the bundle, without what posapp never asks Babel for.

Each ``babel/locale-data/<locale>.dat`` is a pickled dict of CLDR sections. posapp formats
numbers, amounts of money and dates with Babel (``BABEL_API``); most of every file is
sections only other Babel functions read: display names of languages, regions, scripts and
units, unit patterns, time-zone names, relative-time fields, list, compact and interval
patterns, date skeletons (10.8 → 1.9 MB over the 50 languages the bundle keeps). Currency
names stay: ``format_currency`` looks the name up whenever its pattern has a currency sign,
and ``list_currencies(locale)`` reads them. ``trim`` writes a copy without the ``DROPPED``
sections; Babel reads it as it reads its own files.

``BABEL_API`` is what posapp imports from Babel, checked against the trimmed data by
``tests/packaging/test_babel_data.py``: a new Babel import in posapp fails that test until it
is checked too (and ``DROPPED`` shrinks if it needs one of those sections).
Standard library only; runs on the build's main thread.
"""

from __future__ import annotations

import pickle
from pathlib import Path

DROPPED = frozenset(
    {
        "languages",  # Locale.languages / get_display_name
        "territories",
        "scripts",
        "variants",
        "unit_display_names",  # babel.units
        "unit_patterns",  # babel.units, format_timedelta
        "compound_unit_patterns",
        "meta_zones",  # get_timezone_name, the z/v/V date-format fields
        "time_zones",
        "date_fields",  # format_timedelta(add_direction=True), relative dates
        "list_patterns",  # babel.lists
        "compact_decimal_formats",  # format_compact_decimal / _currency
        "compact_currency_formats",
        "interval_formats",  # format_interval
        "datetime_skeletons",  # format_skeleton
    }
)
"""CLDR sections no function of ``BABEL_API`` reads (the Babel functions that do: comments)."""

BABEL_API = frozenset(
    {
        "babel.Locale",
        "babel.UnknownLocaleError",
        "babel.core.default_locale",
        "babel.dates.format_date",
        "babel.localtime.get_localzone",
        "babel.numbers.NumberFormatError",
        "babel.numbers.format_currency",
        "babel.numbers.format_decimal",
        "babel.numbers.get_currency_precision",
        "babel.numbers.get_currency_symbol",
        "babel.numbers.get_decimal_symbol",
        "babel.numbers.list_currencies",
        "babel.numbers.parse_decimal",
    }
)
"""Every name posapp imports from Babel (``format_currency`` with the standard format type,
``format_date`` with CLDR's full/long/medium/short patterns or a pattern without zone fields)."""


def trim(source: Path, target: Path) -> Path:
    """Write ``target``: the locale file ``source`` without the ``DROPPED`` sections."""
    with source.open("rb") as raw:
        data = pickle.load(raw)  # Babel's own file, from the installed package
    for section in DROPPED:
        data.pop(section, None)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(pickle.dumps(data, protocol=2))  # Babel's own files use protocol 2
    return target
