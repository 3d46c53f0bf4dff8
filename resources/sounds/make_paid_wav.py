"""Writes ``paid.wav``: a short, bright two-note chime (A5 then E6) for "payment received".

Deterministic (no randomness), standard library only: ``python resources/sounds/make_paid_wav.py``.
44.1 kHz, 16-bit mono, about 0.9 s, peak at -4.4 dBFS.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
PEAK = 0.6
NOTES = (  # (start s, frequency Hz, length s, gain)
    (0.00, 880.00, 0.55, 0.85),
    (0.13, 1318.51, 0.75, 1.00),
)
PARTIALS = ((1.0, 1.0), (2.0, 0.28), (3.0, 0.08), (4.2, 0.03))  # bell-like overtones


def sample(t: float) -> float:
    """The chime's amplitude at ``t`` seconds (unnormalised)."""
    value = 0.0
    for start, freq, length, gain in NOTES:
        u = t - start
        if not 0.0 <= u < length:
            continue
        attack = min(u / 0.004, 1.0)  # 4 ms: no click
        release = min((length - u) / 0.05, 1.0)  # 50 ms fade at the end
        decay = math.exp(-u * 5.5)
        tone = sum(
            weight * math.exp(-u * 3.0 * (n - 1)) * math.sin(2 * math.pi * freq * n * u)
            for n, weight in PARTIALS
        )
        value += gain * attack * release * decay * tone
    return value


def main() -> None:
    """Render and write the file next to this script."""
    total = max(start + length for start, _, length, _ in NOTES)
    raw = [sample(i / RATE) for i in range(int(total * RATE))]
    scale = PEAK / max(abs(v) for v in raw)
    frames = b"".join(struct.pack("<h", round(v * scale * 32767)) for v in raw)
    out = Path(__file__).with_name("paid.wav")
    with wave.open(str(out), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(frames)
    print(f"wrote {out} ({len(raw) / RATE:.2f} s)")


if __name__ == "__main__":
    main()
