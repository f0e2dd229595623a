# newsq — two commands on a fresh Debian machine: `make run` and `make test`.
# Each installs what it needs first (libedit-dev through apt-get).

export PATH := $(PATH):/opt/swift/usr/bin
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libedit-dev pkg-config

.PHONY: all deps build release run test clean

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

clean:
	rm -rf .build
