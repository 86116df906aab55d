"""The registry of shapes (issue #23): one module per shape, each found, each recognising its own kind of table."""

import importlib
import pkgutil

import pytest

import offerkit
from offerkit._io import shapes
from offerkit._io.shapes import SHAPES, Shape

EXAMPLES = {
    "event log": "application_id,event,date\na1,applied,2024-11-01\na1,rejected,2024-11-09\na2,applied,2024-11-02\n",
    "snapshot": "Company,Date Applied,Status\nAcme,2024-11-01,Rejected\nGlobex,2024-11-02,Interview\n",
    "application table": "Company,Date Applied,Interview Date\nAcme,2024-11-01,2024-11-12\nGlobex,2024-11-02,\n",
    "undated table": "Company,Status\nAcme,Rejected\nGlobex,Interview\nInitech,Applied\n",
    "stage flags": "Company,Screen,Interview,Offer\nAcme,yes,yes,no\nGlobex,yes,no,no\nInitech,no,no,no\n",
    "transitions": "Company,Source,Target\nAcme,Applied,Screen\nAcme,Screen,Rejected\nGlobex,Applied,Rejected\n",
    "sideways": "2024-11-01,2024-11-04,2024-11-05\nAcme,Globex,Initech\nHooli,,Umbrella\n",
    "board": "Applied,Interviewing,Offer,Rejected\nAcme,Globex,Hooli,Initech\nUmbrella,,,Wayne\n",
}


def test_every_shape_module_defines_its_shape():
    names = [m.name for m in pkgutil.iter_modules(shapes.__path__) if not m.name.startswith("_")]
    assert len(names) == len(SHAPES) >= 7
    for name in names:
        shape = importlib.import_module(f"offerkit._io.shapes.{name}").SHAPE
        assert isinstance(shape, Shape) and SHAPES[shape.name] is shape
    orders = [s.order for s in SHAPES.values()]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)  # one place each in the detection order


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_each_shape_reads_its_own_kind_of_table(write_csv, name):
    s = offerkit.load(write_csv(EXAMPLES[name]))
    assert s.report.shape == name
    assert s.report.rows_set_aside == 0
    assert len(s.events) > 0


def test_every_registered_shape_has_an_example():
    assert set(EXAMPLES) == set(SHAPES)
