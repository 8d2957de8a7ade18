# Two commands set everything up on a fresh machine: `make serve` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1

.PHONY: serve test index eval bench browser clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# The constraints file keeps torch on the CPU wheel that lies on this machine's disk.
	$(PY) -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

# Debian's Chromium for the browser tests (Playwright must never download its own browser), and
# axe-core from the npm registry for their accessibility scan (kept in a cache folder, never a CDN).
AXE_VERSION := 4.14.1
AXE_DIR ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/cartqa/axe-core
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "chromium could not be installed: browser tests will be skipped"; \
	  else echo "chromium missing (sudo apt-get install chromium): browser tests will be skipped"; fi; }
	@command -v strace >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq strace >/dev/null 2>&1 || \
	  echo "strace missing: the native-telemetry test will be skipped"; }
	@test -f "$(AXE_DIR)/node_modules/axe-core/axe.min.js" || { \
	  if command -v npm >/dev/null 2>&1 && npm install --silent --no-audit --no-fund --prefix "$(AXE_DIR)" axe-core@$(AXE_VERSION) >/dev/null 2>&1; \
	  then echo "axe-core $(AXE_VERSION) fetched into $(AXE_DIR)"; \
	  else echo "axe-core could not be fetched with npm: the accessibility scan will be skipped"; fi; }

serve: $(STAMP)
	$(VENV)/bin/cartqa serve

# The answer-quality gate, on every question set, as patients read the answers (plain style):
# evals/floors/<set>.toml holds what the code must not fall below (today's measurements); the issue's
# targets are in evals/thresholds.toml (`make eval` reports them without stopping).
EVAL := $(VENV)/bin/cartqa eval
SETS := questions:baseline heldout:baseline-heldout tuning-fresh:baseline-fresh tuning-locked1:baseline-locked1 tuning-blind3:baseline-blind3 tuning-locked2:baseline-locked2 tuning-locked4:baseline-locked4 tuning-locked5:baseline-locked5 tuning-locked6:baseline-locked6 tuning-locked8:baseline-locked8 tuning-safety2:baseline-safety2 benign:baseline-benign tuning-safety4:baseline-safety4 tuning-safety5:baseline-safety5 tuning-locked9:baseline-locked9 tuning-safety3:baseline-safety3 tuning-locked10:baseline-locked10 tuning-locked11:baseline-locked11 tuning-safety7:baseline-safety7 tuning-safety8:baseline-safety8 tuning-locked12:baseline-locked12 tuning-locked13:baseline-locked13 tuning-safety9:baseline-safety9 tuning-safety10:baseline-safety10 tuning-locked14:baseline-locked14 tuning-locked15:baseline-locked15 tuning-safety11:baseline-safety11 tuning-safety12:baseline-safety12 tuning-locked16:baseline-locked16 tuning-locked17:baseline-locked17 tuning-safety13:baseline-safety13 tuning-safety14:baseline-safety14 tuning-locked18:baseline-locked18 tuning-locked19:baseline-locked19 tuning-safety15:baseline-safety15 tuning-safety16:baseline-safety16 tuning-locked20:baseline-locked20 tuning-locked21:baseline-locked21 tuning-safety17:baseline-safety17 tuning-safety18:baseline-safety18 tuning-locked22:baseline-locked22 tuning-locked23:baseline-locked23 tuning-safety19:baseline-safety19 tuning-safety20:baseline-safety20 tuning-locked24:baseline-locked24 tuning-locked25:baseline-locked25 tuning-safety21:baseline-safety21 tuning-safety22:baseline-safety22 tuning-locked26:baseline-locked26 tuning-locked27:baseline-locked27 tuning-safety23:baseline-safety23 tuning-safety24:baseline-safety24 tuning-locked28:baseline-locked28 tuning-locked29:baseline-locked29 tuning-safety25:baseline-safety25 tuning-safety26:baseline-safety26 tuning-locked30:baseline-locked30 tuning-locked31:baseline-locked31 tuning-safety27:baseline-safety27 tuning-safety28:baseline-safety28 tuning-locked32:baseline-locked32 tuning-locked33:baseline-locked33 tuning-safety29:baseline-safety29 tuning-safety30:baseline-safety30 tuning-locked34:baseline-locked34 tuning-locked35:baseline-locked35 tuning-safety31:baseline-safety31 tuning-safety32:baseline-safety32 tuning-locked36:baseline-locked36 tuning-safety33:baseline-safety33 tuning-locked37:baseline-locked37 tuning-safety34:baseline-safety34 tuning-locked38:baseline-locked38 tuning-safety35:baseline-safety35 tuning-locked39:baseline-locked39 tuning-safety36:baseline-safety36 tuning-locked40:baseline-locked40 tuning-safety37:baseline-safety37 tuning-locked41:baseline-locked41 tuning-safety38:baseline-safety38 tuning-locked42:baseline-locked42 tuning-safety39:baseline-safety39 tuning-locked43:baseline-locked43 tuning-safety40:baseline-safety40 tuning-dev28:baseline-dev28 tuning-locked44:baseline-locked44 tuning-safety41:baseline-safety41 tuning-conv28:baseline-conv28 tuning-safety-dev28:baseline-safety-dev28 tuning-locked45:baseline-locked45 tuning-safety42:baseline-safety42 tuning-conv29:baseline-conv29 tuning-locked46:baseline-locked46 tuning-safety43:baseline-safety43 tuning-locked47:baseline-locked47 tuning-safety44:baseline-safety44 tuning-locked48:baseline-locked48 tuning-safety45:baseline-safety45 tuning-locked49:baseline-locked49 tuning-safety46:baseline-safety46 tuning-locked50:baseline-locked50 tuning-safety47:baseline-safety47 tuning-locked51:baseline-locked51 tuning-safety48:baseline-safety48 tuning-locked52:baseline-locked52 tuning-safety49:baseline-safety49 tuning-locked53:baseline-locked53 tuning-safety50:baseline-safety50 tuning-locked54:baseline-locked54 tuning-safety51:baseline-safety51 locked55:baseline-locked55 locked-safety52:baseline-locked-safety52

# The tests and the answer-quality gate run side by side (on two cores the wall time is about the
# longer of the two, not their sum); the gate's report is printed after the tests, and both must pass.
# The index is built first, once, for both.
test: $(STAMP) browser
	$(VENV)/bin/cartqa index
	@gate=$$(mktemp); \
	$(EVAL) --check --floors --sets $(SETS) >$$gate 2>&1 & pid=$$!; \
	$(PY) -m pytest -q -p no:cacheprovider; tests=$$?; \
	wait $$pid; evals=$$?; cat $$gate; rm -f $$gate; \
	echo "make test: pytest exit $$tests, eval gate exit $$evals"; \
	[ $$tests -eq 0 ] && [ $$evals -eq 0 ]

index: $(STAMP)
	$(VENV)/bin/cartqa index

eval: $(STAMP)
	$(EVAL) --check --sets $(SETS) || true
	$(EVAL) --style exact --questions evals/questions.jsonl --out evals/out-exact

bench: $(STAMP)
	$(PY) benchmarks/bench.py

clean:
	rm -rf $(VENV) build *.egg-info
