"""Reading QR codes off widgets the way a phone would: grab the pixels, decode with zxing-cpp."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QWidget


def grab(widget: QWidget) -> Image.Image:
    """What the widget shows, as a PIL image."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().toImage().save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")


def decode(widget: QWidget) -> list[str]:
    """The texts of every QR code zxing-cpp finds in what ``widget`` shows."""
    return [r.text for r in zxingcpp.read_barcodes(grab(widget))]
