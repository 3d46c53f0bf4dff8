"""A smaller ICU data library for the Linux bundle: the same ``libicudata.so.NN`` that
PySide6 ships, holding only the ICU data items Qt reads for posapp.

Qt Core links ICU (``libicuuc``, ``libicui18n``, ``libicudata``), and ``libicudata`` is one
read-only blob: ICU's common data package (``icudtNNl``, 32 MB in ICU 73) behind the symbol
``icudtNN_dat``. Qt keeps its own CLDR data for number, date and currency formats, so it asks
ICU only for collation (``QCollator``: the file dialog sorts file names with it), case mapping
(built into ``libicuuc``, no data item), time-zone display names and codec tables. Measured on
the packaged app (which pages of the blob a run touched, see README "Packaging installers"):
a sale, the customer display and the Hindi windows read no ICU data at all; a file dialog
in a non-C locale reads ``coll/<language>.res``, ``coll/root.res`` and ``coll/ucadata.icu``.

Kept: collation for every language, the locale infrastructure ICU resolves a locale with
(``root``/``pool``/``res_index``, likely subtags, supplemental data, aliases, plural rules),
Unicode properties and normalisation, StringPrep/UTS 46, confusables, converter aliases, the
single-byte code pages (ISO 8859-x, windows-125x, KOI8…) and the time-zone rules. Left out:
the localised display names (languages, regions, currencies, units, time zones), ICU's own
locale formats, break-iterator rules and dictionaries, transliterators, spell-out rules and
the multi-byte legacy codecs (Shift_JIS, GB18030, Big5…); ICU answers for those from ``root``
or with an error, which Qt turns into its own fallback (a time zone's name becomes its
``GMT+05:30`` form, ``QStringDecoder("Shift_JIS")`` is invalid).

Standard library plus ``as``/``ld`` from binutils (which PyInstaller needs on Linux anyway).
Runs on the build's main thread. By hand: ``python packaging/icu_data.py LIB OUT``.
"""

from __future__ import annotations

import argparse
import re
import struct
import subprocess
import tempfile
from pathlib import Path

DROPPED_TREES = frozenset(
    {"brkitr", "curr", "lang", "region", "unit", "rbnf", "translit", "zone"}
)  # fmt: skip
"""Subdirectories of the package that Qt never reads for posapp (see the module docstring)."""
LOCALE_BUNDLE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*\.res")
"""ICU's own per-locale formats in the package's top level (``de_AT.res``)."""
INFRASTRUCTURE = frozenset({"root.res", "pool.res", "res_index.res"})
"""Each tree's root, shared strings and locale index: ICU's fallback for whatever it lacks."""
ZONE_ROOT = frozenset({"tzdbNames.res"})
"""The time-zone tree keeps its root: a zone's name then reads ``GMT+05:30`` instead of ''."""
CNV_MAX_BYTES_PER_CHAR = 4 + 60 + 4 + 1 + 1 + 1
"""Offset of ``maxBytesPerChar`` in ICU's UConverterStaticData (size, name, codepage,
platform, conversionType, minBytesPerChar)."""
SHT_DYNSYM = 11
ITEM_ALIGN = 16
PADDING = b"\xaa"  # what ICU's own icupkg pads with


def single_byte_codec(data: bytes) -> bool:
    """True for a converter table (``.cnv``) of a single-byte code page (ISO 8859-x,
    windows-125x, KOI8…): ``maxBytesPerChar`` of its UConverterStaticData is 1."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    return data[header_size + CNV_MAX_BYTES_PER_CHAR] == 1


def keep_item(name: str, data: bytes) -> bool:
    """True for an item (``icudt73l/coll/es.res`` and its bytes) the trimmed package keeps."""
    parts = name.split("/")[1:]
    if len(parts) > 1:
        tree, leaf = parts[0], parts[-1]
        if tree == "zone":
            return leaf in INFRASTRUCTURE or leaf in ZONE_ROOT
        return tree not in DROPPED_TREES
    leaf = parts[0]
    if leaf in INFRASTRUCTURE:
        return True
    if leaf.endswith(".cnv"):
        return single_byte_codec(data)
    return not LOCALE_BUNDLE.fullmatch(leaf)


def read_package(data: bytes) -> tuple[bytes, dict[str, bytes]]:
    """Split an ICU common data package into its header and ``{item name: bytes}``."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items: dict[str, bytes] = {}
    for index, (name_at, data_at) in enumerate(entries):
        name_start = header_size + name_at
        name = data[name_start : data.index(b"\0", name_start)].decode("ascii")
        end = header_size + entries[index + 1][1] if index + 1 < count else len(data)
        items[name] = data[header_size + data_at : end]
    return data[:header_size], items


def write_package(header: bytes, items: dict[str, bytes]) -> bytes:
    """An ICU common data package of ``items`` (ICU binary-searches the sorted names)."""
    names = sorted(items)
    table_size = 4 + 8 * len(names)
    strings = b"".join(name.encode("ascii") + b"\0" for name in names)
    name_offsets = []
    at = table_size
    for name in names:
        name_offsets.append(at)
        at += len(name) + 1
    body = bytearray()
    start = table_size + len(strings)
    start += -(len(header) + start) % ITEM_ALIGN
    data_offsets = []
    for name in names:
        body += PADDING * (-(len(header) + start + len(body)) % ITEM_ALIGN)
        data_offsets.append(start + len(body))
        body += items[name]
    table = struct.pack("<I", len(names)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    gap = PADDING * (start - table_size - len(strings))
    return header + table + strings + gap + bytes(body)


def read_library(path: Path) -> tuple[str, bytes]:
    """The data symbol's name (``icudt73_dat``) and its bytes from an x86-64/aarch64 ELF
    ``libicudata``."""
    elf = Path(path).read_bytes()
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError(f"{path}: not a 64-bit little-endian ELF library")
    section_at = struct.unpack_from("<Q", elf, 0x28)[0]
    entry_size, count = struct.unpack_from("<HH", elf, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", elf, section_at + i * entry_size) for i in range(count)
    ]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, sym_size in sections:
        if kind != SHT_DYNSYM:
            continue
        strings_at = sections[link][4]
        for at in range(offset, offset + size, sym_size):
            name_at, _i, _o, shndx, value, length = struct.unpack_from("<IBBHQQ", elf, at)
            end = elf.index(b"\0", strings_at + name_at)
            name = elf[strings_at + name_at : end].decode("ascii")
            if re.fullmatch(r"icudt\d+_dat", name):
                home = sections[shndx]
                start = home[4] + value - home[3]
                return name, elf[start : start + length]
    raise ValueError(f"{path}: no icudtNN_dat symbol")


def link_library(symbol: str, soname: str, package: bytes, out: Path) -> Path:
    """Write ``out``: a shared library named ``soname`` whose only symbol, ``symbol``, holds
    ``package`` (what ICU's ``pkgdata`` makes, with binutils' ``as`` and ``ld``)."""
    with tempfile.TemporaryDirectory(prefix="posapp-icu-") as tmp:
        work = Path(tmp)
        (work / "package.dat").write_bytes(package)
        (work / "data.s").write_text(
            "\t.section .rodata\n"
            "\t.balign 16\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"{symbol}:\n"
            '\t.incbin "package.dat"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(["as", "-o", "data.o", "data.s"], cwd=work, check=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        linker = ["ld", "-shared", "-soname", soname, "-z", "noexecstack"]
        subprocess.run([*linker, "-o", str(out.resolve()), "data.o"], cwd=work, check=True)
    return out


def trim_library(library: Path, out: Path) -> tuple[Path, int, int]:
    """Write the trimmed copy of ``library`` to ``out`` (same file name and soname); return
    it with the package's size before and after."""
    symbol, package = read_library(library)
    header, items = read_package(package)
    kept = {name: data for name, data in items.items() if keep_item(name, data)}
    trimmed = write_package(header, kept)
    link_library(symbol, library.name, trimmed, out)
    return out, len(package), len(trimmed)


def main() -> None:
    """Command line: trim one library."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path, help="e.g. .venv/…/PySide6/Qt/lib/libicudata.so.73")
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    out, before, after = trim_library(args.library, args.out)
    print(f"icu_data: {out} holds {after / 1e6:.1f} MB of ICU data ({before / 1e6:.1f} MB before)")


if __name__ == "__main__":
    main()
