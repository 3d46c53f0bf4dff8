"""Writes posapp's app icon: ``posapp.png`` (256x256), ``posapp.ico`` and ``posapp.icns``.

Deterministic (no randomness, no fonts), Pillow only: ``python resources/icons/make_icons.py``.
A blue rounded square holding a white card with the three finder squares of a QR code and a
green "paid" tick: the counter's QR and its Paid screen in one picture. Drawn at 4x and
scaled down with Lanczos so edges are smooth at every size.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 256
SUPER = 4  # supersampling factor (the 256-unit grid is drawn at 1024 px)
BLUE = (29, 78, 216, 255)  # the app's accent (#1d4ed8)
INK = (15, 23, 42, 255)  # #0f172a
WHITE = (255, 255, 255, 255)
GREEN = (22, 163, 74, 255)  # #16a34a
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
HERE = Path(__file__).resolve().parent


def _finder(draw: ImageDraw.ImageDraw, x: int, y: int, unit: int) -> None:
    """A QR finder pattern (7x7 modules) with its top-left corner at ``x, y``."""
    draw.rectangle((x, y, x + 7 * unit - 1, y + 7 * unit - 1), fill=INK)
    draw.rectangle((x + unit, y + unit, x + 6 * unit - 1, y + 6 * unit - 1), fill=WHITE)
    draw.rectangle((x + 2 * unit, y + 2 * unit, x + 5 * unit - 1, y + 5 * unit - 1), fill=INK)


def draw_icon(size: int = SIZE) -> Image.Image:
    """The icon at ``size`` pixels (drawn on a 256-unit grid), RGBA, transparent margin."""
    s = SIZE * SUPER
    image = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    margin = 8 * SUPER
    draw.rounded_rectangle((margin, margin, s - margin, s - margin), radius=52 * SUPER, fill=BLUE)
    card = 44 * SUPER
    draw.rounded_rectangle((card, card, s - card, s - card), radius=20 * SUPER, fill=WHITE)
    unit = 9 * SUPER
    inner = card + 14 * SUPER
    far = s - card - 14 * SUPER - 7 * unit
    for x, y in ((inner, inner), (far, inner), (inner, far)):
        _finder(draw, x, y, unit)
    # a few data modules between the finders
    for mx, my in ((0, 0), (2, 0), (1, 1), (0, 2), (2, 2), (1, 3)):
        x = inner + (8 + mx) * unit
        y = inner + (8 + my) * unit
        if x + unit < far + 7 * unit:
            draw.rectangle((x, y, x + unit - 1, y + unit - 1), fill=INK)
    # the green "paid" badge with a white tick, over the bottom-right corner
    cx, cy, r = s - 78 * SUPER, s - 78 * SUPER, 46 * SUPER
    draw.ellipse(
        (cx - r - 6 * SUPER, cy - r - 6 * SUPER, cx + r + 6 * SUPER, cy + r + 6 * SUPER), fill=WHITE
    )
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=GREEN)
    tick = [
        (cx - 22 * SUPER, cy + 2 * SUPER),
        (cx - 6 * SUPER, cy + 18 * SUPER),
        (cx + 24 * SUPER, cy - 16 * SUPER),
    ]
    draw.line(tick, fill=WHITE, width=11 * SUPER, joint="curve")
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    """Write the three icon files next to this script."""
    icon = draw_icon()
    icon.save(HERE / "posapp.png", format="PNG", optimize=True)
    icon.save(HERE / "posapp.ico", format="ICO", sizes=ICO_SIZES)
    draw_icon(1024).save(HERE / "posapp.icns", format="ICNS")  # macOS wants up to 1024
    for name in ("posapp.png", "posapp.ico", "posapp.icns"):
        print(f"wrote {HERE / name} ({(HERE / name).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
