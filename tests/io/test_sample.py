"""Sample generator: committed files regenerate byte for byte; parameters act."""

import pandas as pd
import pytest

import offerkit
from offerkit._app.cli import main

from ..conftest import ROOT


@pytest.mark.parametrize(
    "name, args",
    [
        ("sample_applications.csv", ["--seed", "7"]),
        ("sample_cohort.csv", ["--candidates", "40", "--seed", "11", "--applications", "100"]),
    ],
)
def test_committed_samples_regenerate_byte_identical(tmp_path, name, args):
    out = tmp_path / name
    assert main(["sample", str(out), *args]) == 0
    assert out.read_bytes() == (ROOT / "data" / name).read_bytes()


def test_sample_covers_september_to_february_and_loads_clean():
    s = offerkit.load(ROOT / "data" / "sample_applications.csv", errors="raise")
    apps = s.applications
    assert 140 <= len(apps) <= 160
    assert apps["applied"].min() < pd.Timestamp("2024-09-15")
    assert apps["applied"].max() > pd.Timestamp("2025-02-01")
    assert set(s.events["event"].astype(str)) >= {
        "applied",
        "screen",
        "interview",
        "rejected",
        "follow_up",
        "thank_you",
        "withdrew",
        "reply",
        "ghosted",
    }


def test_cohort_sample_has_forty_candidates():
    s = offerkit.load(ROOT / "data" / "sample_cohort.csv", errors="raise")
    assert len(s.candidates) == 40
    sizes = s.applications.groupby("candidate").size()
    assert sizes.min() >= 6 and sizes.max() > 150


def test_same_seed_same_data_and_parameters_act():
    a = offerkit.sample(applications=200, seed=5)
    b = offerkit.sample(applications=200, seed=5)
    pd.testing.assert_frame_equal(a, b)
    never = offerkit.sample(
        applications=200, seed=5, ghost={"applied": 0.99}, ghost_source_factor={"referral": 1, "recruiter": 1}
    )
    always = offerkit.sample(applications=200, seed=5, ghost={"applied": 0.0}, withdraw=0.0)
    answered = lambda df: (
        df["event"].isin(["screen", "interview", "rejected"]).groupby(df["application_id"]).any().mean()
    )
    assert answered(never) < 0.1 < 0.9 < answered(always)
    with pytest.raises(TypeError, match="unknown sample parameter"):
        offerkit.sample(ghosts=0.1)
