# newsq — two commands on a fresh Debian machine: `make run` and `make test`.
# Each installs what it needs first (libedit-dev through apt-get).

export PATH := $(PATH):/opt/swift/usr/bin
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libedit-dev libpcre2-dev pkg-config

.PHONY: given-names all deps terminal-deps browser-deps build release run install test test-suites test-new-machine man clean accuracy accuracy-train bench bench-deps bench-load fuzz

all: build

# libedit-dev provides <histedit.h> and libedit.so for the line-editing shim; libpcre2-dev the regular
# expression engine (PCRE2 with its JIT) behind `matches` and extract().
# A new machine has no package lists, so apt-get update runs before the install.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit || ! pkg-config --exists libpcre2-8; then \
	  echo "installing $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

# The pseudo-terminal tests drive the real binary with python3 and pexpect, and page through less (the
# default pager, which a minimal Debian lacks); installed only when missing.
TERMINAL_PACKAGES := python3 python3-pexpect less
terminal-deps:
	@if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import pexpect' >/dev/null 2>&1 \
	  || ! command -v less >/dev/null 2>&1; then \
	  echo "installing $(TERMINAL_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(TERMINAL_PACKAGES); \
	fi
	@python3 -c 'import pexpect' >/dev/null 2>&1 || python3 -m pip install --user -q pexpect

# The HTML export is opened in a real browser by the tests: Debian's chromium (headless) and a font to draw
# text with; installed only when missing.
BROWSER_PACKAGES := chromium fonts-dejavu-core
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || [ ! -d /usr/share/fonts/truetype/dejavu ]; then \
	  echo "installing $(BROWSER_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BROWSER_PACKAGES); \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The interactive shell over the bundled seeds/.
run: release
	.build/release/newsq --corpus seeds

# newsq in $(PREFIX)/bin and the seeds in $(PREFIX)/share/newsq/seeds, where newsq finds them from any folder.
PREFIX ?= /usr/local
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/newsq/seeds
	install -m 755 .build/release/newsq $(DESTDIR)$(PREFIX)/bin/newsq
	install -m 644 seeds/* $(DESTDIR)$(PREFIX)/share/newsq/seeds/

# Swift Testing suites, then the shell in a pseudo-terminal (HOME and XDG_STATE_HOME in a temporary folder), then
# the HTML export in headless chromium.
test: deps terminal-deps browser-deps
	@$(MAKE) --no-print-directory test-suites

# The same tests on a clock that reads as a machine booted a minute ago (CI machines are new): a time
# namespace whose monotonic and boot clocks are set back by the uptime (needs root or user namespaces).
test-new-machine: deps terminal-deps browser-deps
	@offset=$$(( 60 - $$(cut -d. -f1 /proc/uptime) )); \
	  unshare --time --monotonic=$$offset --boottime=$$offset sh -c 'echo "uptime in the namespace: $$(cut -d" " -f1 /proc/uptime) s"; $(MAKE) --no-print-directory test-suites'

# Each step runs under a fuse: far beyond what it takes on a slow machine (the Swift suites take about a
# minute), so that a test that hangs fails the run with the names of the tests still running, read from the
# log by Tests/Harness/unfinished_tests.py, instead of stalling CI.
TEST_FUSE_SECONDS ?= 1800
FUSE := timeout -k 30 $(TEST_FUSE_SECONDS)
test-suites:
	@mkdir -p .build
	@{ $(FUSE) $(SWIFT) test 2>&1; echo $$? > .build/swift-test.status; } | tee .build/swift-test.log; \
	  status=$$(cat .build/swift-test.status); \
	  if [ "$$status" = 124 ] || [ "$$status" = 137 ]; then \
	    echo "swift test was stopped after $(TEST_FUSE_SECONDS) s"; python3 Tests/Harness/unfinished_tests.py .build/swift-test.log; \
	  fi; exit $$status
	NEWSQ_BINARY="$$($(SWIFT) build --show-bin-path)/newsq" $(FUSE) python3 Tests/Terminal/test_shell.py
	NEWSQ_BINARY="$$($(SWIFT) build --show-bin-path)/newsq" $(FUSE) python3 Tests/Browser/test_html.py

# newsq(1), generated from the argument parser's help by swift-argument-parser's plugin: man -l .build/man/newsq.1
man: deps
	mkdir -p .build/man
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --configuration debug -o .build/man

# Quote extraction scored against the gold files: the seeds always; PolNeAR dev and world-dev when
# ../shared is beside the project. Without ../shared the seeds are scored by the Swift re-implementation of the scorer.
# Tests/Accuracy/split_scores.py adds the dev figures without the ''-quoting articles, the tune and
# check parts, and speaker accuracy by surnames only.
SHARED ?= ../shared
SCORER := $(SHARED)/tools/score-quotes
DEV := $(SHARED)/corpus-gold/dev
WORLD := $(SHARED)/corpus-gold/world-dev
accuracy: build
	@mkdir -p .build/accuracy
	@.build/debug/newsq --corpus seeds --format ndjson -c 'quotes' > .build/accuracy/seeds.ndjson
	@if [ -x "$(SCORER)" ]; then \
	  echo "seeds:"; python3 $(SCORER) Tests/Fixtures/seeds-quotes.jsonl .build/accuracy/seeds.ndjson | tail -2; \
	else \
	  $(SWIFT) test --filter SeedsAccuracyTests 2>&1 | grep '^seeds:' || true; \
	fi
	@if [ -x "$(SCORER)" ] && [ -f "$(DEV)/polnear-dev.jsonl" ]; then \
	  .build/debug/newsq --corpus $(DEV)/polnear-dev.jsonl --format ndjson -c 'quotes' > .build/accuracy/dev.ndjson; \
	  echo "dev:"; python3 $(SCORER) $(DEV)/polnear-dev-gold.jsonl .build/accuracy/dev.ndjson | tail -2; \
	  python3 Tests/Accuracy/split_scores.py $(SCORER) $(DEV)/polnear-dev.jsonl $(DEV)/polnear-dev-gold.jsonl \
	    .build/accuracy/dev.ndjson; \
	else \
	  echo "dev: $(DEV) not found, skipped"; \
	fi
	@if [ -x "$(SCORER)" ] && [ -d "$(WORLD)/articles" ]; then \
	  .build/debug/newsq --quiet --no-rc --corpus $(WORLD)/articles --format ndjson -c 'quotes' > .build/accuracy/world.ndjson; \
	  echo "world-dev:"; python3 $(SCORER) $(WORLD)/gold.jsonl .build/accuracy/world.ndjson | tail -2; \
	else \
	  echo "world-dev: $(WORLD) not found, skipped"; \
	fi

# `make accuracy-train`: speaker attribution on the 840 PolNeAR train articles (a check, not a target: the
# sources annotated there are cut to names by Tests/Accuracy/polnear_train_gold.py, and other sources are not scored).
accuracy-train: build
	@mkdir -p .build/accuracy
	@python3 Tests/Accuracy/polnear_train_gold.py $(SHARED)/corpus-gold/train/polnear-train.jsonl .build/accuracy/train
	@.build/debug/newsq --quiet --no-rc --no-cache --corpus .build/accuracy/train/train.jsonl --format ndjson -c 'quotes' \
	  > .build/accuracy/train.ndjson
	@echo "PolNeAR train:"; python3 $(SCORER) .build/accuracy/train/gold.jsonl .build/accuracy/train.ndjson | tail -2

# The given-name lexicon (Sources/NewsCorpus/Gazetteer/GivenNames.swift), derived from the name data of
# the PyPI package nomquamgender 0.1.4 (MIT licence) by Tests/Training/given_names.py; the output is committed.
given-names:
	python3 Tests/Training/given_names.py

# `make bench SIZE=N` (default 10000): a generated corpus of N articles (kept in .build/bench/N, outside git),
# newsq measured on it beside SQLite FTS5 and ripgrep built from the same texts, as ratios (Tests/Benchmarks/bench.py).
# `make bench-load` is the older loading benchmark over the gold articles (BENCH_ARGS overrides).
SIZE ?= 10000
BENCH_PACKAGES := sqlite3 ripgrep
bench-deps:
	@if ! command -v sqlite3 >/dev/null 2>&1 || ! command -v rg >/dev/null 2>&1; then \
	  echo "installing $(BENCH_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BENCH_PACKAGES); \
	fi

bench: deps bench-deps
	$(SWIFT) build -c release --product newsq-bench
	python3 Tests/Benchmarks/bench.py $(SIZE)

BENCH_ARGS ?= --runs 5 --scale 10000,40000
bench-load: deps
	$(SWIFT) build -c release --product newsq-bench
	.build/release/newsq-bench $(BENCH_ARGS)

# Coverage-guided fuzzing with libFuzzer (swiftc -sanitize=fuzzer) of each target `newsq-fuzz --list` names, or
# of FUZZ_TARGETS: FUZZ_RUNS inputs each (-1: until stopped) or FUZZ_SECONDS each; FUZZ_ARGS goes to libFuzzer.
# The fuzzer starts from the package's files that fit the target (seeds/, scripts/, scripts/newsroom: articles,
# statements, records) and the target's own inputs, with the target's dictionary; it keeps what it learns in
# .build-fuzz/corpus/TARGET, and saves an input that crashes in Tests/Fixtures/fuzz/TARGET/, where the test
# suite replays it on every `make test` (commit it with the fix). Linked with lld: gold cannot link libFuzzer
# beside the entry point SwiftPM gives an executable.
FUZZ_RUNS ?= 1000000
FUZZ_SECONDS ?= 0
FUZZ_ARGS ?=
FUZZ_BUILD := .build-fuzz
fuzz: deps
	@mkdir -p $(FUZZ_BUILD)
	@printf '{"schemaVersion": "1.0", "linker": {"path": "%s"}}\n' "$$(dirname "$$(command -v $(SWIFT))")/ld.lld" \
	  > $(FUZZ_BUILD)/toolset.json
	$(SWIFT) build --product newsq-fuzz
	$(SWIFT) build --scratch-path $(FUZZ_BUILD) -c release --product newsq-fuzz --toolset $(FUZZ_BUILD)/toolset.json \
	  -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
	@set -e; for target in $${FUZZ_TARGETS:-$$(.build/debug/newsq-fuzz --list)}; do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$target Tests/Fixtures/fuzz/$$target; \
	  .build/debug/newsq-fuzz $$target --write-seeds $(FUZZ_BUILD)/seeds/$$target; \
	  .build/debug/newsq-fuzz $$target --dictionary > $(FUZZ_BUILD)/$$target.dict; \
	  echo "fuzzing $$target: $(FUZZ_RUNS) runs, $(FUZZ_SECONDS) s (0: no limit)"; \
	  SWIFT_BACKTRACE=enable=no NEWSQ_FUZZ_TARGET=$$target $(FUZZ_BUILD)/release/newsq-fuzz $(FUZZ_BUILD)/corpus/$$target \
	    $(FUZZ_BUILD)/seeds/$$target Tests/Fixtures/fuzz/$$target -dict=$(FUZZ_BUILD)/$$target.dict \
	    -runs=$(FUZZ_RUNS) -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=30 -rss_limit_mb=4096 \
	    -artifact_prefix=Tests/Fixtures/fuzz/$$target/ -print_final_stats=1 $(FUZZ_ARGS); \
	done

clean:
	rm -rf .build
