"""``python -m posapp`` runs the command line."""

import sys

from posapp.cli import main

sys.exit(main())
