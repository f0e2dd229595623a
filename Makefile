# newsq — two commands on a fresh Debian machine: `make run` and `make test`.
# Each installs what it needs first (libedit-dev through apt-get).

export PATH := $(PATH):/opt/swift/usr/bin
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libedit-dev pkg-config

.PHONY: all deps build release run test clean accuracy bench

all: build

# libedit-dev provides <histedit.h> and libedit.so for the line-editing shim.
# A new machine has no package lists, so apt-get update runs before the install.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit; then \
	  echo "installing $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The interactive shell over the bundled seeds/.
run: release
	.build/release/newsq --corpus seeds

test: deps
	$(SWIFT) test

# Quote extraction scored against the gold files: the seeds always, the dev set when ../shared is
# beside the project. Without ../shared the seeds are scored by the Swift re-implementation of the scorer.
SHARED ?= ../shared
SCORER := $(SHARED)/tools/score-quotes
DEV := $(SHARED)/corpus-gold/dev
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
	else \
	  echo "dev: $(DEV) not found, skipped"; \
	fi

# Load time, throughput and peak memory in a release build (medians of 5 loads), then the same
# articles repeated to 10,000 and 40,000 to show that extraction is linear. BENCH_ARGS overrides.
BENCH_ARGS ?= --runs 5 --scale 10000,40000
bench: deps
	$(SWIFT) build -c release --product newsq-bench
	.build/release/newsq-bench $(BENCH_ARGS)

clean:
	rm -rf .build
