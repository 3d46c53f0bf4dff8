"""QR codes for SEP-7 URIs: a module matrix for the UI, a PNG, and a terminal rendering.

The customer display paints :class:`QrMatrix` itself (one crisp rectangle per dark module),
so no bitmap is ever scaled with interpolation. Error correction is HIGH (30 %): the code
stays readable through glare, a scratched screen or a thumb. Every output includes the
4-module quiet zone the QR standard requires.

qrcode's automatic mask selection tries all eight masks and scores each (~150 ms for a
testnet URI); posapp uses one fixed mask instead (``MASK_PATTERN``, ~20 ms), which every
reader decodes: mask choice only trims rare long runs of one colour. ``qr_matrix`` also keeps
a few recent results: the customer display, the PNG and the terminal rendering of one sale
share one encoding.

Pure functions (the cache is an implementation detail); any thread.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

import qrcode
from PIL import Image
from qrcode.constants import ERROR_CORRECT_H
from qrcode.exceptions import DataOverflowError

from posapp.core.errors import InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP

QUIET_ZONE = 4
"""Light modules around the symbol on every side (the minimum the QR standard allows)."""
MASK_PATTERN = 0
"""The fixed data mask (0–7); see the module docstring."""


@dataclass(frozen=True, slots=True)
class QrMatrix:
    """A QR symbol as modules, quiet zone included; immutable, safe across threads.

    ``rows[y][x]`` is True for a dark module. ``size`` is the side length in modules
    (symbol plus ``2 * QUIET_ZONE``); the matrix is square.
    """

    size: int
    rows: tuple[tuple[bool, ...], ...]

    def is_dark(self, x: int, y: int) -> bool:
        """True when the module at column ``x``, row ``y`` is dark."""
        return self.rows[y][x]


@lru_cache(maxsize=16)
def qr_matrix(data: str) -> QrMatrix:
    """Encode ``data`` (a SEP-7 URI) as a QR matrix, error correction HIGH, quiet zone 4.

    Raises InvalidInput when ``data`` is empty or too long for any QR version at HIGH.
    Pure (results are cached); any thread.
    """
    if not isinstance(data, str) or not data:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "nothing to put in the QR code"))
    code = qrcode.QRCode(
        error_correction=ERROR_CORRECT_H, border=QUIET_ZONE, mask_pattern=MASK_PATTERN
    )
    try:
        code.add_data(data)
        code.make(fit=True)
    except (DataOverflowError, ValueError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "{size} characters are too many for a scannable QR code; shorten the message",
            ),
            size=len(data),
        ) from None
    rows = tuple(tuple(bool(module) for module in row) for row in code.get_matrix())
    return QrMatrix(size=len(rows), rows=rows)


def render_png(data: str, *, scale: int = 10) -> bytes:
    """1-bit PNG of the QR for ``data``: black on white, each module exactly ``scale`` pixels.

    The image is built at one pixel per module and enlarged with nearest-neighbour only, so
    edges stay sharp. For exports, ``posapp self-check`` and tests. Pure; any thread.
    """
    if isinstance(scale, bool) or not isinstance(scale, int) or scale < 1:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the QR scale must be a whole number of pixels, at least 1")
        )
    matrix = qr_matrix(data)
    pixels = bytes(0 if dark else 255 for row in matrix.rows for dark in row)
    gray = Image.frombytes("L", (matrix.size, matrix.size), pixels)
    image = gray.convert("1", dither=Image.Dither.NONE)  # exact: the input is only 0 and 255
    if scale != 1:
        image = image.resize(
            (matrix.size * scale, matrix.size * scale), resample=Image.Resampling.NEAREST
        )
    out = io.BytesIO()
    image.save(out, format="PNG")  # 1-bit PNG; optimize=True costs ~5x the time for ~5 %
    return out.getvalue()


# (top half inked, bottom half inked) → the character drawing exactly those halves.
_HALF_BLOCKS = {
    (True, True): "█",
    (True, False): "▀",
    (False, True): "▄",
    (False, False): " ",
}


def render_terminal(data: str, *, light_terminal: bool = False) -> str:
    """The QR for ``data`` as Unicode half blocks, two module rows per line (``posapp charge``).

    Colour choice: a terminal only draws glyphs in its foreground colour, and most terminals
    are light text on a dark background. So by default glyph ink marks the *light* modules
    (quiet zone included) and a blank cell lets the dark background show through as a dark
    module: on a dark terminal the code appears dark-on-light, as scanners expect. Pass
    ``light_terminal=True`` for dark text on a light background (ink then marks dark modules).

    Returns ``ceil(size / 2)`` lines joined by ``\\n``, no trailing newline, each ``size``
    characters wide. With an odd size the last line's lower half is blank (background).
    Pure; any thread.
    """
    matrix = qr_matrix(data)
    ink = [row if light_terminal else tuple(not dark for dark in row) for row in matrix.rows]
    if len(ink) % 2:
        ink.append((False,) * matrix.size)  # below the symbol: background, no ink
    return "\n".join(
        "".join(_HALF_BLOCKS[pair] for pair in zip(top, bottom, strict=True))
        for top, bottom in zip(ink[0::2], ink[1::2], strict=True)
    )
