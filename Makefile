# kspec: `make run` starts the reference broker, `make test` runs the whole fast suite.
# Both create .venv and install the project first; nothing else is needed by hand.

VENV      := .venv
PY        := $(VENV)/bin/python
STAMP     := $(VENV)/.installed
SHARED    ?= ../shared
PYTEST    := $(PY) -m pytest

.PHONY: run test check deep bench generate cases tools clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Debian tools the client tests drive (kcat; tcpdump for import-pcap on a real capture);
# installed only where missing.
tools:
	@command -v kcat >/dev/null 2>&1 || command -v kafkacat >/dev/null 2>&1 || \
	  { (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kcat >/dev/null) \
	    || echo "warning: could not install kcat; its tests will fail"; }
	@command -v tcpdump >/dev/null 2>&1 || \
	  { (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tcpdump >/dev/null) \
	    || echo "warning: could not install tcpdump; its test will be skipped"; }

run: $(STAMP)
	$(VENV)/bin/kspec broker

check: $(STAMP)
	$(VENV)/bin/ruff check spec reference models conformance tests bench
	$(VENV)/bin/mypy
	$(PY) -m models.contracts

test: $(STAMP) tools check
	HYPOTHESIS_PROFILE=ci $(PYTEST) -q -m "not slow"

deep: $(STAMP) tools
	HYPOTHESIS_PROFILE=deep $(PYTEST) -q

bench: $(STAMP)
	$(PY) -m bench

# Regenerate spec/generated from Kafka's JSON schemas in ../shared (needed only to regenerate).
generate: $(STAMP)
	$(PY) -m spec.codegen --schemas $(SHARED)/kafka-protocol --out spec/generated

# Re-record the conformance corpus against the embedded reference broker.
cases: $(STAMP)
	$(PY) -m conformance.cases.flows --out conformance/cases

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .hypothesis .ruff_cache
