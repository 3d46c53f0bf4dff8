"""The packaged app's entry point (``build.spec`` freezes this script): the ``posapp`` CLI.

Kept outside the ``posapp`` package so PyInstaller runs it as ``__main__`` while every
``posapp`` module keeps its real name. Main thread.
"""

import sys

from posapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
