"""Notebooks: committed without outputs; each runs on small data through its parameters cell."""

import json

import pytest

from .conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs_and_with_parameters_cell(path):
    nb = json.loads(path.read_text())
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    params = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(params) == 1 and code[0] is params[0]
    assert "data_path" in "".join(params[0]["source"]) and "as_of" in "".join(params[0]["source"])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_runs_with_papermill_on_small_data(path, tmp_path):
    papermill = pytest.importorskip("papermill")
    data = tmp_path / "small.csv"
    import offerkit

    offerkit.sample(applications=40, seed=4, start="2024-10-01", end="2025-01-31").to_csv(data, index=False)
    out = tmp_path / path.name
    papermill.execute_notebook(str(path), str(out), parameters={"data_path": str(data), "as_of": "2025-01-20"},
                               cwd=str(path.parent), kernel_name="python3", progress_bar=False)
    nb = json.loads(out.read_text())
    errors = [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
