"""posapp.rates imports only the stdlib, posapp.core and httpx (docs/design.md "Layers")."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import posapp.rates

PACKAGE_DIR = Path(posapp.rates.__file__).parent
ALLOWED_THIRD_PARTY = {"httpx"}


def imported_roots(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_every_module_imports_only_what_the_layer_allows():
    modules = sorted(PACKAGE_DIR.glob("*.py"))
    assert len(modules) >= 7
    for path in modules:
        for name in imported_roots(path):
            root = name.split(".")[0]
            allowed = (
                root in sys.stdlib_module_names
                or root in ALLOWED_THIRD_PARTY
                or name == "posapp.core"
                or name.startswith(("posapp.core.", "posapp.rates"))
            )
            assert allowed, f"{path.name} imports {name}"


def test_importing_rates_loads_no_qt_and_no_higher_layer():
    code = (
        "import sys, posapp.rates\n"
        "print('\\n'.join(m for m in sys.modules if m.startswith(('PySide6', 'posapp'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "posapp.rates.http_source" in out
    assert [m for m in out if m.startswith("PySide6")] == []
    bad = [m for m in out if m != "posapp" and not m.startswith(("posapp.core", "posapp.rates"))]
    assert bad == []
