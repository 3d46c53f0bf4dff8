"""Cold start of the packaged app against the same app run from source (docs/design.md
"Performance targets": cold start ≤ 2× a bare PySide6 window).

    python bench/cold_start_packaged.py [--exe dist/posapp/posapp] [--starts 5]

Measured like ``bench/ui_latency.py``'s cold start: spawn the process with Qt offscreen and
``-v``, stop the clock when it logs "cashier window shown" (``run_gui`` logs it on the first
event-loop turn after the first window is shown), kill it; median of N runs, page cache warm.
Two starts each way:

- a provisioned shop with an admin (``posapp init`` + ``posapp users add``, made with the
  packaged executable itself): the first window is the PIN login screen;
- ``--demo``: signs in by itself, so the first window is the cashier window (it also starts
  the built-in local network in-process).

Baseline: a bare PySide6 window started from source the same way.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from ui_latency import BARE_WINDOW, time_until_marker

MARKER = "cashier window shown"
PIN = "258013"
ACCOUNT = "GB5A53NRV4WCZL4U22JU547HBFOTKHMUQBI4JEOFZQBHQCFTPYQNQALC"


def provision(exe: list[str], data_dir: Path, env: dict[str, str]) -> None:
    """A configured shop (Horizon unreachable: detection just keeps retrying) with an admin."""
    init = [*exe, "--data-dir", str(data_dir), "init", "--skip-account-check"]
    init += ["--account", ACCOUNT, "--currency", "INR", "--rate", "84.10"]
    init += ["--horizon-url", "http://127.0.0.1:9"]
    subprocess.run(init, check=True, env=env, capture_output=True)
    add = [*exe, "--data-dir", str(data_dir), "users", "add", "admin", "--role", "admin"]
    subprocess.run(
        add, check=True, env=env, input=f"{PIN}\n{PIN}\n", text=True, capture_output=True
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parents[1]
    parser.add_argument("--exe", type=Path, default=root / "dist" / "posapp" / "posapp")
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    if not args.exe.is_file():
        raise SystemExit(f"{args.exe} is missing: run `pyinstaller --noconfirm build.spec` first")
    packaged = [str(args.exe.resolve())]
    source = [sys.executable, "-m", "posapp"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="posapp-bench-config-")
    env.pop("POSAPP_DATA_DIR", None)
    with tempfile.TemporaryDirectory(prefix="posapp-bench-") as tmp:
        shop, demo = Path(tmp) / "shop", Path(tmp) / "demo"
        provision(packaged, shop, env)
        runs = {
            "bare PySide6 window (source)": ([sys.executable, "-c", BARE_WINDOW], "window shown"),
            "shop, source": ([*source, "--data-dir", str(shop), "-v"], MARKER),
            "shop, packaged": ([*packaged, "--data-dir", str(shop), "-v"], MARKER),
            "demo, source": ([*source, "--demo", "--data-dir", str(demo), "-v"], MARKER),
            "demo, packaged": ([*packaged, "--demo", "--data-dir", str(demo), "-v"], MARKER),
        }
        times: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.starts):
            for name, (command, marker) in runs.items():
                times[name].append(time_until_marker(command, marker, env))
    bare = statistics.median(times["bare PySide6 window (source)"])
    print(f"Cold start → first window, median of {args.starts} (Qt offscreen, warm cache):")
    for name, values in times.items():
        med = statistics.median(values)
        spread = f"{min(values):.2f}–{max(values):.2f}"
        print(f"  {name:30} {med:5.2f} s  ({med / bare:.1f}× bare)  [{spread}]")


if __name__ == "__main__":
    main()
