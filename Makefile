# Planvis: `make run` starts the assistant, `make test` runs every test. Both set up what is missing.
PY := .venv/bin/python
PLANVIS := .venv/bin/planvis
DATA_DIR ?= $(or $(PLANVIS_DATA_DIR),data)

.PHONY: setup index run test test-fast lint eval bench models clean

setup:
	@bash scripts/setup.sh

models:
	@$(PY) scripts/fetch_models.py

# Incremental: unchanged documents are skipped by content hash, so a second run is quick.
index: setup
	@$(PLANVIS) ingest --quiet

# The web UI on http://127.0.0.1:7860 (make run UI_HOST=0.0.0.0 UI_PORT=8000 to change it); it prints the address once it answers.
run: index
	@$(PLANVIS) serve --host $(or $(UI_HOST),127.0.0.1) --port $(or $(UI_PORT),7860)

test: index
	@$(PY) -m pytest -q
	@$(PLANVIS) eval --questions evals/questions.jsonl --gate evals/gate.toml --out $(DATA_DIR)/eval-gate --fast

lint: setup
	@.venv/bin/ruff check assistant evals tests scripts ui
	@.venv/bin/mypy

# The comparison, then every registered rule switched off in turn on dev + both held-out sets (two processes).
eval: index
	@$(PLANVIS) eval --compare --questions evals/questions.jsonl --out $(DATA_DIR)/eval
	@$(PLANVIS) eval --ablation --questions evals/questions.jsonl evals/heldout.jsonl evals/heldout2.jsonl --workers 2 --out $(DATA_DIR)/ablation

bench: index
	@$(PLANVIS) bench --out $(DATA_DIR)/bench.json
	@$(PY) evals/load.py --serve --users 20 --questions 200 --json > $(DATA_DIR)/load.json; rc=$$?; cat $(DATA_DIR)/load.json; exit $$rc

clean:
	rm -rf $(DATA_DIR)/index $(DATA_DIR)/eval $(DATA_DIR)/eval-gate $(DATA_DIR)/ablation
