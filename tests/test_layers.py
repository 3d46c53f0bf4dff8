"""The dependency rule: Qt stays in workers/, ui/ and app.py; nothing imports the devnet."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "posapp"
QT_FREE = ["core", "storage", "stellar", "webhooks", "rates", "services", "cli"]
ORDER = ["core", "storage", "stellar", "webhooks", "rates", "services", "workers", "ui"]
ALLOWED = {
    "core": {"core"},
    "storage": {"core", "storage"},
    "stellar": {"core", "stellar"},
    "rates": {"core", "rates"},
    "webhooks": {"core", "storage", "webhooks"},
    "services": {"core", "storage", "stellar", "webhooks", "rates", "services"},
    "workers": {"core", "storage", "stellar", "webhooks", "rates", "services", "workers"},
    "ui": {"core", "storage", "stellar", "webhooks", "rates", "services", "workers", "ui"},
    "devnet": {"core", "stellar", "devnet"},
}


@pytest.mark.parametrize("package", QT_FREE)
def test_package_does_not_load_pyside6(package: str) -> None:
    """Importing every module of the package in a fresh interpreter leaves PySide6 unloaded."""
    modules = [
        "posapp." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in sorted((PACKAGE / package).rglob("*.py"))
        if "migrations" not in p.parts and p.name != "__main__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m.removesuffix('.__init__'))\n"
        "print('PySide6' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", f"{package} loads PySide6"


def _posapp_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("posapp."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("posapp."):
                    found.add(alias.name.split(".")[1])
    return found


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_imports_follow_the_dependency_rule(package: str) -> None:
    """Each package imports only packages to its left (design.md "Layers")."""
    bad = {
        f"{p.relative_to(PACKAGE)} imports posapp.{name}"
        for p in (PACKAGE / package).rglob("*.py")
        for name in _posapp_imports(p) - ALLOWED[package]
        if name != "__init__"
    }
    assert not bad, sorted(bad)


def test_production_code_never_imports_the_devnet() -> None:
    """Only the demo composition and the `posapp devnet` command may use the devnet."""
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "devnet" in _posapp_imports(p)
        and p.parts[-2] != "devnet"
        and str(p.relative_to(PACKAGE)) not in ("app.py", "demo.py", "cli/__init__.py")
    ]
    assert not offenders


def test_the_shared_ui_kit_imports_no_window() -> None:
    """ui/common/ is what every window shares: it may use the layers below ui/ and itself,
    never a window package (cashier, login, setup, settings, history, customer display)."""
    common = PACKAGE / "ui" / "common"
    bad = set()
    for path in common.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module]
                if isinstance(node, ast.ImportFrom) and node.module
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            for name in names:
                if name.startswith("posapp.ui.") and not name.startswith("posapp.ui.common"):
                    bad.add(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not bad, sorted(bad)
