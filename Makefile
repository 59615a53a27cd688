# Two commands for a fresh machine with Python 3.11: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The suite runs on every core, up to four (each worker starts its own test server and browser): TEST_WORKERS=1 for one.
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); [ $$n -gt 4 ] && n=4; echo $$n)
PYTEST := $(PY) -m pytest --numprocesses $(TEST_WORKERS) --dist worksteal
# Every notebook runs top to bottom in one kernel (nbval): each stays whole on one worker.
NOTEBOOK_TESTS := $(PY) -m pytest --numprocesses $(TEST_WORKERS) --dist loadfile notebooks
ASSETS := share/jupyter/voila/templates/csec/static/vendor/.pinned
# The UI's gettext catalogs (csec/i18n.py), compiled when the project is installed.
CATALOGS := $(wildcard csec/locale/*/LC_MESSAGES/csec.po)
COMPILED := $(CATALOGS:.po=.mo)
TEST_ASSETS := tests/vendor/.pinned

.PHONY: serve test test-quick bench check build handouts guide messages clean chromium iproute2 npm

serve: $(VENV)/.installed $(ASSETS) $(COMPILED)
	$(VENV)/bin/csec serve $(if $(PORT),--port $(PORT)) $(if $(LOCALE),--locale $(LOCALE)) $(if $(AUDIENCE),--audience $(AUDIENCE)) $(if $(LAN),--lan) $(if $(ROOM),--room $(ROOM)) $(if $(FOLLOW),--follow-slides)

test: $(VENV)/.installed-test $(ASSETS) $(COMPILED) $(TEST_ASSETS) chromium iproute2
	$(PYTEST) tests $(PYTEST_ARGS)
	$(NOTEBOOK_TESTS)

# The inner loop: everything but the browser tests (no server, no Chromium needed).
test-quick: $(VENV)/.installed-test $(ASSETS) $(COMPILED)
	$(PYTEST) -m "not browser" tests $(PYTEST_ARGS)
	$(NOTEBOOK_TESTS)

bench: $(VENV)/.installed-test $(ASSETS) $(COMPILED) chromium
	$(PY) -m bench.first_widget
	$(PY) -m bench.group_load
	$(PY) -m bench.engine

check: $(VENV)/.installed $(ASSETS) $(COMPILED)
	$(VENV)/bin/csec check

# Every audience's handouts, the guide and the offline decks, with build/record.json (serve does this in the background).
build: $(VENV)/.installed $(ASSETS) $(COMPILED)
	$(VENV)/bin/csec build

handouts: $(VENV)/.installed $(ASSETS) $(COMPILED)
	$(VENV)/bin/csec export handouts

guide: $(VENV)/.installed $(COMPILED)
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

$(COMPILED): %.mo: %.po | $(VENV)/.installed
	$(VENV)/bin/pybabel compile --input-file $< --output-file $@

# For translators: gather the UI's messages into csec/locale/csec.pot and update every language's csec.po.
messages: $(VENV)/.installed
	$(VENV)/bin/pybabel extract --mapping-file babel.cfg --output-file csec/locale/csec.pot --project csec \
	  --copyright-holder "the CSEC curriculum's authors" --sort-by-file .
	$(VENV)/bin/pybabel update --input-file csec/locale/csec.pot --output-dir csec/locale --domain csec

# The browser tests' second accessibility engine, from the npm registry (Debian's npm, installed when missing).
$(TEST_ASSETS): front-end-test-assets.txt | $(VENV)/.installed npm
	$(PY) -m csec assets --tests

# Debian's Chromium drives the browser tests and prints the PDF handouts.
# $(call debian,COMMAND,PACKAGE,WHAT IS SKIPPED WITHOUT IT): install a missing Debian package when root.
debian = @command -v $(1) >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq $(2); \
	  else echo "make: $(1) not found; $(3) will be skipped (sudo apt-get install $(2))"; fi; }

chromium:
	$(call debian,chromium,chromium,browser tests)

npm:
	$(call debian,npm,npm,fetching the second accessibility engine)

# The group-mode tests make a network namespace of their own with ip.
iproute2:
	$(call debian,ip,iproute2,group-mode tests)

clean:
	rm -rf build .pytest_cache
