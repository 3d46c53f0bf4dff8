"""Cold start of the packaged app against the same app run from source (docs/design.md
"Performance targets": cold start to a usable PIN login ≤ 2× a bare PySide6 window).

    python bench/cold_start_packaged.py [--exe dist/posapp/posapp] [--starts 5]

Each start spawns the process with Qt offscreen and ``-v`` and stops the clock at a log
line; median of N runs, page cache warm, bytecode cached (one warm-up start of each kind
first; see ``bench/ui_latency.py``):

- a provisioned shop with an admin (``posapp init`` + ``posapp users add``, made with the
  packaged executable itself): the first window is the PIN login, and the clock stops at
  "login ready for a PIN", which ``run_gui`` logs on the first event-loop turn after the
  login is shown when it takes keys (``LoginWindow.takes_keys``: visible, enabled, a tile
  to choose or the PIN entry enabled) — the services are still loading behind it. The
  packaged app cannot take a probe, so this log line is the measure both ways; the row
  "keys typed" runs from source with ``bench/ui_latency.py``'s probe, which types into the
  login on that first turn and stops the clock only once the PIN entry holds the digit;
- ``--demo``: signs in by itself, so the first window is the cashier window ("cashier
  window shown"; the demo also starts its local network while loading).

Baseline: a bare PySide6 window started from source the same way (first event-loop turn
after it shows).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from ui_latency import (
    BARE_MARKER,
    BARE_WINDOW,
    KEYED_MARKER,
    cold_start_env,
    keyed,
    time_until_marker,
)

from posapp.app.startup import CASHIER_SHOWN, LOGIN_READY

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
    env = cold_start_env()
    probe = keyed("from posapp.cli import main\nimport posapp.app", "sys.exit(main(sys.argv[1:]))")
    with tempfile.TemporaryDirectory(prefix="posapp-bench-") as tmp:
        shop = Path(tmp) / "shop"
        provision(packaged, shop, env)
        runs = {
            "bare PySide6 window (source)": ([sys.executable, "-c", BARE_WINDOW], BARE_MARKER),
            "shop, source": ([*source, "--data-dir", str(shop), "-v"], LOGIN_READY),
            "shop, source, keys typed": (
                [sys.executable, "-c", probe, "--data-dir", str(shop), "-v"],
                KEYED_MARKER,
            ),
            "shop, packaged": ([*packaged, "--data-dir", str(shop), "-v"], LOGIN_READY),
            # the demo's own temporary data dir each time (it refuses a used one)
            "demo, source": ([*source, "--demo", "-v"], CASHIER_SHOWN),
            "demo, packaged": ([*packaged, "--demo", "-v"], CASHIER_SHOWN),
        }
        for command, marker in runs.values():
            time_until_marker(command, marker, env)  # warm-up: bytecode, page cache
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
