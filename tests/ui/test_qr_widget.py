"""The QR widget paints exact integer-pixel modules that a real decoder reads at any size."""

from __future__ import annotations

import pytest

from posapp.stellar.qr import qr_matrix
from posapp.ui.common.qr_widget import QrWidget, dark_runs
from tests.support.qr_reading import decode, grab

URI = (
    "web+stellar:pay?destination=GBBD47IF6LWK7P7MDEVSCWR7DPUWV3NY3DTQEVFL4NAT4AQH3ZLLFLA5"
    "&amount=14.87&asset_code=USDC&asset_issuer=GBBD47IF6LWK7P7MDEVSCWR7DPUWV3NY3DTQEVFL4NAT4AQH3ZLLFLA5"
    "&memo=pay_abcdefghijklmnopqrstuvwx&memo_type=MEMO_TEXT&msg=Test%20caf%C3%A9"
    "&network_passphrase=Test%20SDF%20Network%20%3B%20September%202015"
)


def test_runs_cover_exactly_the_dark_modules() -> None:
    matrix = qr_matrix(URI)
    dark = {(x + i, y) for y, x, n in dark_runs(matrix) for i in range(n)}
    expected = {(x, y) for y in range(matrix.size) for x in range(matrix.size) if matrix.rows[y][x]}
    assert dark == expected


@pytest.mark.parametrize("side", [160, 333, 640])
def test_decodes_at_any_size_and_every_pixel_is_black_or_white(qtbot, side: int) -> None:
    widget = QrWidget(min_side=100)
    qtbot.addWidget(widget)
    widget.resize(side, side)
    widget.set_data(URI)
    widget.show()
    qtbot.waitExposed(widget)
    assert decode(widget) == [URI]
    module = widget.module_pixels()
    assert module == side // widget.matrix.size
    rect = widget.symbol_rect()
    image = grab(widget).crop((rect.x(), rect.y(), rect.right() + 1, rect.bottom() + 1))
    assert {c for _, c in image.getcolors()} == {(0, 0, 0), (255, 255, 255)}
    # Module (x, y) is one uniform square of module × module pixels.
    matrix = widget.matrix
    for y in range(0, matrix.size, 7):
        for x in range(0, matrix.size, 5):
            colour = (0, 0, 0) if matrix.is_dark(x, y) else (255, 255, 255)
            box = image.crop((x * module, y * module, (x + 1) * module, (y + 1) * module))
            assert [c for _, c in box.getcolors()] == [colour]


def test_painted_signal_and_clearing(qtbot) -> None:
    widget = QrWidget()
    qtbot.addWidget(widget)
    widget.resize(300, 300)
    widget.show()
    with qtbot.waitSignal(widget.painted, timeout=1000):
        widget.set_data(URI)
    assert widget.data == URI
    widget.set_data(None)
    assert widget.matrix is None
    assert decode(widget) == []
