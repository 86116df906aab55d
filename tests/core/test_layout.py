"""The package's layers: imports run one way only (definitions §2, issue #13).

``_core`` is the bottom; ``_io`` and ``_stats`` build on it (and not on each
other); ``_model`` on those; ``_plot`` on the results; ``widgets`` (the what-if
panel) on those, and ``_app`` (review, CLI, report, dashboard) on top: the
report's front page reads the panel's numbers.  ``datasets`` (the sample
generator) needs only ``_core``.  The test parses every module's imports with
``ast`` and fails on an import that runs back up.
"""

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[2] / "offerkit"

LEVEL = {"_core": 0, "datasets": 1, "_io": 1, "_stats": 1, "_model": 2, "_plot": 3, "widgets": 4, "_app": 5}
#: Same-level layers that may not import each other.
PEERS_APART = {frozenset({"_io", "_stats"}), frozenset({"_io", "datasets"}), frozenset({"_stats", "datasets"})}


def _layer_of_file(path: Path) -> str:
    rel = path.relative_to(PKG)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imported_layers(path: Path, text=None):
    """``(line, layer)`` of each import of the module at ``path`` (its source ``text`` if given)."""
    tree = ast.parse(path.read_text() if text is None else text, filename=str(path))
    rel = path.relative_to(PKG)
    package = ["offerkit", *rel.parts[:-1]]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = [*base, *(node.module.split(".") if node.module else [])]
            elif node.module and node.module.split(".")[0] == "offerkit":
                target = node.module.split(".")
            else:
                continue
            if len(target) > 1:
                yield node.lineno, target[1]
            else:  # "from offerkit import x" / "from .. import x": the names are the layers
                for alias in node.names:
                    yield node.lineno, alias.name
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "offerkit" and len(parts) > 1:
                    yield node.lineno, parts[1]


MODULES = sorted(p for p in PKG.rglob("*.py") if p.name != "__init__.py" or p.parent != PKG)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PKG)))
def test_imports_run_one_way(path):
    here = _layer_of_file(path)
    if here == "__init__":
        pytest.skip("package __init__")  # only offerkit/__init__.py is excluded above; sub-__init__ files are empty
    bad = []
    for line, layer in _imported_layers(path):
        if layer not in LEVEL or layer == here:
            continue
        if LEVEL[layer] > LEVEL[here] or frozenset({layer, here}) in PEERS_APART:
            bad.append(f"line {line}: {here} imports {layer}")
        elif LEVEL[layer] == LEVEL[here] and layer != here:
            bad.append(f"line {line}: {here} imports its peer {layer}")
    assert not bad, f"{path.relative_to(PKG)} imports up the layers: {bad}"


def test_every_module_sits_in_a_layer():
    layers = {_layer_of_file(p) for p in MODULES}
    assert layers <= set(LEVEL) | {"__init__"}, layers - set(LEVEL)


def test_a_back_import_is_caught():
    """The checker itself can fail: a _core module importing _model is reported (nothing is written to the package)."""
    fake = PKG / "_core" / "_probe_layout_test.py"
    assert list(_imported_layers(fake, text="from .._model.response import fit_model\n")) == [(1, "_model")]
