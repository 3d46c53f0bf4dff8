"""The dependency rules of docs/design.md "Layers": Qt stays in workers/, ui/ and app/; each
package imports only the packages below it; the service groups import only the groups
below them; no module imports itself back, not even through a function-level import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "posapp"
QT_FREE = ["core", "storage", "stellar", "webhooks", "rates", "services", "cli"]
BELOW_SERVICES = {"core", "storage", "stellar", "webhooks", "rates"}
ALLOWED = {
    "core": {"core"},
    "storage": {"core", "storage"},
    "stellar": {"core", "stellar"},
    "rates": {"core", "rates"},
    "webhooks": {"core", "storage", "webhooks"},
    "services": BELOW_SERVICES | {"services"},
    "workers": BELOW_SERVICES | {"services", "workers"},
    "ui": BELOW_SERVICES | {"services", "workers", "ui"},
    "app": BELOW_SERVICES | {"services", "workers", "ui", "app", "devnet"},
    "devnet": {"core", "stellar", "devnet"},
}
SERVICE_GROUPS = {
    # group: the other service groups it may import (every group may import config)
    "staff": set(),
    "sales": set(),
    "detection": {"sales", "refunds"},
    "backoffice": {"sales", "staff", "refunds"},
    "setup": {"staff", "detection", "receipts"},
    "receipts": set(),
    "refunds": {"staff"},
}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        parts = ("posapp", *path.relative_to(PACKAGE).with_suffix("").parts)
        found[".".join(parts).removesuffix(".__init__")] = path
    return found


MODULES = _modules()


def _imported_modules(path: Path) -> set[str]:
    """Every posapp module ``path`` imports, at the top, in a function or for type checks."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("posapp"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in MODULES else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("posapp."))
    return {m for m in found if m in MODULES and m != "posapp"}


def _package(module: str) -> str:
    return module.split(".")[1]


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


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_imports_follow_the_dependency_rule(package: str) -> None:
    """Each package imports only packages below it."""
    bad = {
        f"{module} imports {target}"
        for module, path in MODULES.items()
        if module.startswith(f"posapp.{package}.") or module == f"posapp.{package}"
        for target in _imported_modules(path)
        if _package(target) not in ALLOWED[package]
    }
    assert not bad, sorted(bad)


def _service_group(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 3 and parts[1] == "services" else None


@pytest.mark.parametrize("group", sorted(SERVICE_GROUPS))
def test_service_groups_import_only_the_groups_below_them(group: str) -> None:
    """A service group uses config, the layers below services and the groups it builds on;
    only the composition root (services/context.py) sees every group."""
    bad = {
        f"{module} imports {target}"
        for module, path in MODULES.items()
        if _service_group(module) == group
        for target in _imported_modules(path)
        if _package(target) == "services"
        and target not in ("posapp.services.config",)
        and _service_group(target) not in SERVICE_GROUPS[group] | {group}
    }
    assert not bad, sorted(bad)


def test_every_service_module_belongs_to_a_group() -> None:
    """services/ holds the groups, the shared configuration and the composition root."""
    loose = sorted(p.name for p in (PACKAGE / "services").glob("*.py") if p.name != "__init__.py")
    assert loose == ["config.py", "context.py"]
    groups = sorted(
        p.name for p in (PACKAGE / "services").iterdir() if (p / "__init__.py").exists()
    )
    assert groups == sorted(SERVICE_GROUPS)


def test_no_module_imports_itself_back() -> None:
    """No import cycle among posapp's modules, counting imports inside functions and for
    type checking too (a lazy import hides a cycle; it does not remove it)."""
    graph = {module: _imported_modules(path) - {module} for module, path in MODULES.items()}
    # a package's __init__ re-exporting its own modules is not a cycle
    graph = {m: {t for t in ts if not m.startswith(t + ".")} for m, ts in graph.items()}
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        state[module] = 1
        stack.append(module)
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)
    assert not cycles, [" → ".join(c) for c in cycles]


def test_production_code_never_imports_the_devnet() -> None:
    """Only the demo composition, the GUI start-up and `posapp devnet` may use the devnet."""
    offenders = [
        module
        for module, path in MODULES.items()
        if any(_package(t) == "devnet" for t in _imported_modules(path))
        and _package(module) != "devnet"
        and module not in ("posapp.app.demo", "posapp.app.startup", "posapp.cli")
    ]
    assert not offenders
