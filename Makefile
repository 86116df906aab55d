# offerkit: `make demo` runs the report on the sample data; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test lab bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[all]"
	$(PY) -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/offerkit report data/sample_applications.csv --out reports/
	@echo "Report: $(abspath reports/index.html)"

test: $(STAMP)
	$(VENV)/bin/ruff check offerkit tests benchmarks scripts
	$(VENV)/bin/ruff format --check offerkit tests benchmarks scripts
	$(PY) -m pytest -q -p no:cacheprovider

# make lab DATA=my_applications.csv: the notebooks copied to my-notebooks/ with your file set once (offerkit.toml)
lab: $(STAMP)
	$(VENV)/bin/offerkit notebooks my-notebooks $(DATA)
	$(VENV)/bin/jupyter lab my-notebooks/

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b; done
	@echo "== benchmarks/bench_cohort.py at 10M events (time and memory against read_csv; ~4 GB)"
	$(PY) benchmarks/bench_cohort.py --candidates 28300 --runs 1
	@echo "== benchmarks/calibration.py (one-person forecasts against realised futures)"
	$(PY) benchmarks/calibration.py

clean:
	rm -rf $(VENV) reports
