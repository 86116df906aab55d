"""Every public name documents its parameters and shows a runnable example (the examples run as doctests)."""

import inspect

import pytest

import offerkit

PUBLIC = [n for n in offerkit.__all__ if callable(getattr(offerkit, n)) or inspect.ismodule(getattr(offerkit, n))]


def _takes_parameters(obj) -> bool:
    target = obj.__init__ if inspect.isclass(obj) else obj
    try:
        params = [p for p in inspect.signature(target).parameters if p not in ("self", "args", "kwargs")]
    except (TypeError, ValueError):
        return True
    return bool(params)


@pytest.mark.parametrize("name", PUBLIC)
def test_public_name_has_parameters_and_an_example(name):
    obj = getattr(offerkit, name)
    doc = inspect.getdoc(obj) or ""
    assert ">>>" in doc, f"offerkit.{name}: no runnable example in its docstring"
    if inspect.ismodule(obj) or not _takes_parameters(obj):
        return
    sections = (
        ("Parameters\n----------", "Attributes\n----------") if inspect.isclass(obj) else ("Parameters\n----------",)
    )
    assert any(s in doc for s in sections), (
        f"offerkit.{name}: no numpydoc {' or '.join(s.split()[0] for s in sections)} section"
    )


def test_all_is_grouped_and_complete():
    """``__all__`` lists every public name once, and only names the package has."""
    assert len(offerkit.__all__) == len(set(offerkit.__all__))
    assert all(hasattr(offerkit, n) for n in offerkit.__all__)
