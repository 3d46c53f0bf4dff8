"""Test-wide settings: Qt offscreen, an in-memory keyring, no network beyond loopback."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false;qt.multimedia.*=false")

from hypothesis import HealthCheck, settings

# Property tests check correctness, not speed: no per-example deadline (a loaded CI machine
# would otherwise fail them at random).
settings.register_profile(
    "posapp", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("posapp")
