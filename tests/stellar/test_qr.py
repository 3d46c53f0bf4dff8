"""posapp.stellar.qr: the QR decodes back to the exact URI in every rendering."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
import zxingcpp
from PIL import Image

from posapp.core.errors import InvalidInput
from posapp.stellar.networks import PUBLIC, TESTNET
from posapp.stellar.qr import QUIET_ZONE, QrMatrix, qr_matrix, render_png, render_terminal
from posapp.stellar.sep7 import build_pay_uri

DEST = "GCFIRY65OQE7DFP5KLNS2PF2LVZMUZYJX4OZIEQ36N2IQANUB5XVYOJR"


def _uri(network=TESTNET, msg: str | None = "Chai & Co: 1999 INR") -> str:
    return build_pay_uri(
        destination=DEST,
        amount=Decimal("23.77"),
        asset_code="USDC",
        asset_issuer=network.usdc_issuer,
        memo="pay_abcdefghijklmnopqrstuvwx",
        network=network,
        msg=msg,
    )


def _decode(image: Image.Image) -> list[str]:
    return [b.text for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


@pytest.mark.parametrize("network", [PUBLIC, TESTNET])
def test_png_decodes_to_the_uri(network) -> None:
    uri = _uri(network)
    image = Image.open(io.BytesIO(render_png(uri)))
    assert image.format == "PNG"
    assert _decode(image) == [uri]


def test_png_scale_is_exact_and_crisp() -> None:
    uri = _uri()
    matrix = qr_matrix(uri)
    image = Image.open(io.BytesIO(render_png(uri, scale=3))).convert("L")
    assert image.size == (matrix.size * 3, matrix.size * 3)
    assert {value for _, value in image.getcolors()} == {0, 255}  # no interpolated greys
    for y in range(matrix.size):
        for x in range(matrix.size):
            expected = 0 if matrix.rows[y][x] else 255
            block = {image.getpixel((x * 3 + dx, y * 3 + dy)) for dx in range(3) for dy in range(3)}
            assert block == {expected}
    assert _decode(image) == [uri]


def test_png_bad_scale() -> None:
    for scale in (0, -1, 2.5, True):
        with pytest.raises(InvalidInput):
            render_png(_uri(), scale=scale)  # type: ignore[arg-type]


def test_matrix_shape_and_quiet_zone() -> None:
    matrix = qr_matrix(_uri())
    assert isinstance(matrix, QrMatrix)
    assert matrix.size == len(matrix.rows)
    assert all(len(row) == matrix.size for row in matrix.rows)
    assert (matrix.size - 2 * QUIET_ZONE - 21) % 4 == 0  # a real QR version
    for i in range(matrix.size):
        for q in range(QUIET_ZONE):
            for x, y in ((i, q), (i, matrix.size - 1 - q), (q, i), (matrix.size - 1 - q, i)):
                assert not matrix.is_dark(x, y)
    # The finder pattern's corner sits right inside the quiet zone.
    assert matrix.rows[QUIET_ZONE][QUIET_ZONE]
    with pytest.raises(AttributeError):
        matrix.size = 3  # type: ignore[misc]


def test_error_correction_is_high() -> None:
    image = Image.open(io.BytesIO(render_png(_uri())))
    (barcode,) = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert barcode.ec_level == "H"


def _matrix_from_terminal(text: str, size: int, *, light_terminal: bool) -> list[list[bool]]:
    halves = {"█": (True, True), "▀": (True, False), "▄": (False, True), " ": (False, False)}
    rows: list[list[bool]] = []
    for line in text.split("\n"):
        top, bottom = zip(*(halves[c] for c in line), strict=True)
        rows.extend([list(top), list(bottom)])
    rows = rows[:size]
    if not light_terminal:  # ink marks light modules
        rows = [[not ink for ink in row] for row in rows]
    return rows


@pytest.mark.parametrize("light_terminal", [False, True])
def test_terminal_render(light_terminal: bool) -> None:
    uri = _uri()
    matrix = qr_matrix(uri)
    text = render_terminal(uri, light_terminal=light_terminal)
    lines = text.split("\n")
    assert len(lines) == (matrix.size + 1) // 2
    assert all(len(line) == matrix.size for line in lines)
    assert not text.endswith("\n")
    assert _matrix_from_terminal(text, matrix.size, light_terminal=light_terminal) == [
        list(row) for row in matrix.rows
    ]
    if not light_terminal:
        # Dark terminal: the quiet zone is drawn with ink (full blocks) so it shows light.
        assert set(lines[0]) == {"█"} and set(lines[1]) == {"█"}
        assert all(line[:QUIET_ZONE] == "█" * QUIET_ZONE for line in lines[:-1])
        # Odd size: the last line inks only the top half (the bottom quiet-zone row).
        assert matrix.size % 2 == 1 and set(lines[-1]) == {"▀"}


def test_terminal_render_as_seen_on_a_dark_terminal_scans() -> None:
    # Paint what a dark terminal shows (ink light, background dark) and scan it.
    uri = _uri()
    text = render_terminal(uri)
    lines = text.split("\n")
    cell = 6  # a terminal cell is twice as tall as it is wide: one module per half
    image = Image.new("L", (len(lines[0]) * cell, len(lines) * cell), 0)
    for y, line in enumerate(lines):
        for x, char in enumerate(line):
            top = char in "█▀"
            bottom = char in "█▄"
            for dy in range(cell):
                inked = top if dy < cell // 2 else bottom
                for dx in range(cell):
                    if inked:
                        image.putpixel((x * cell + dx, y * cell + dy), 255)
    assert _decode(image) == [uri]


def test_empty_and_oversized_data_are_refused() -> None:
    with pytest.raises(InvalidInput):
        qr_matrix("")
    with pytest.raises(InvalidInput, match="too many"):
        qr_matrix("x" * 5000)
