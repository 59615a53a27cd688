# Two commands for a fresh machine with Python 3.11: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The suite runs on every core, up to four (each worker starts its own test server and browser): TEST_WORKERS=1 for one.
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); [ $$n -gt 4 ] && n=4; echo $$n)
PYTEST := $(PY) -m pytest --numprocesses $(TEST_WORKERS) --dist worksteal
ASSETS := share/jupyter/voila/templates/csec/static/vendor/.pinned
TEST_ASSETS := tests/vendor/.pinned

.PHONY: serve test test-quick bench check build handouts guide clean chromium iproute2

serve: $(VENV)/.installed $(ASSETS)
	$(VENV)/bin/csec serve $(if $(PORT),--port $(PORT)) $(if $(LOCALE),--locale $(LOCALE)) $(if $(AUDIENCE),--audience $(AUDIENCE)) $(if $(LAN),--lan) $(if $(ROOM),--room $(ROOM)) $(if $(FOLLOW),--follow-slides)

test: $(VENV)/.installed-test $(ASSETS) $(TEST_ASSETS) chromium iproute2
	$(PYTEST) $(PYTEST_ARGS)

# The inner loop: everything but the browser tests (no server, no Chromium needed).
test-quick: $(VENV)/.installed-test $(ASSETS)
	$(PYTEST) -m "not browser" $(PYTEST_ARGS)

bench: $(VENV)/.installed-test $(ASSETS) chromium
	$(PY) -m bench.first_widget
	$(PY) -m bench.group_load
	$(PY) -m bench.engine

check: $(VENV)/.installed $(ASSETS)
	$(VENV)/bin/csec check

# Every audience's handouts, the guide and the offline decks, with build/record.json (serve does this in the background).
build: $(VENV)/.installed $(ASSETS)
	$(VENV)/bin/csec build

handouts: $(VENV)/.installed $(ASSETS)
	$(VENV)/bin/csec export handouts

guide: $(VENV)/.installed
	$(VENV)/bin/csec export guide

$(PY):
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(VENV); \
	  else echo "make: cannot create $(VENV): install python3-venv (sudo apt-get install python3-venv)"; exit 1; fi; }
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(PY) pyproject.toml
	$(PY) -m pip install --quiet --editable .
	touch $@

$(VENV)/.installed-test: $(PY) pyproject.toml
	$(PY) -m pip install --quiet --editable '.[test]'
	touch $@ $(VENV)/.installed

$(ASSETS): front-end-assets.txt | $(VENV)/.installed
	$(PY) -m csec assets

# The browser tests' second accessibility engine, from the npm registry (Node.js and npm).
$(TEST_ASSETS): front-end-test-assets.txt | $(VENV)/.installed
	$(PY) -m csec assets --tests

# Debian's Chromium drives the browser tests and prints the PDF handouts.
# $(call debian,COMMAND,PACKAGE,WHAT IS SKIPPED WITHOUT IT): install a missing Debian package when root.
debian = @command -v $(1) >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq $(2); \
	  else echo "make: $(1) not found; $(3) will be skipped (sudo apt-get install $(2))"; fi; }

chromium:
	$(call debian,chromium,chromium,browser tests)

# The group-mode tests make a network namespace of their own with ip.
iproute2:
	$(call debian,ip,iproute2,group-mode tests)

clean:
	rm -rf build .pytest_cache
