# monitor: the README's two commands are `make demo` and `make test`.
SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
RELEASE_BIN := .build/release/monitor
DEMO_DATE := 2026-11-22
SHARED ?= ../shared
DATA := $(SHARED)/data

.PHONY: all deps test-deps build test demo install bench eval conformance clean

all: build

deps:
	@scripts/install-deps.sh build

test-deps:
	@scripts/install-deps.sh test

build: deps
	$(SWIFT) build -c release --product monitor

# Serial on purpose: with --parallel XCTest prints no "Executed N tests" summary.
test: test-deps
	$(SWIFT) test --disable-swift-testing

demo: build
	@rm -rf demo
	$(RELEASE_BIN) init --config config.example.json
	$(RELEASE_BIN) run --config config.example.json --date $(DEMO_DATE)
	@echo
	@echo "Demo finished. Open the report:  demo/reports/$(DEMO_DATE)/report.html"
	@echo "Analyst files:                  demo/reports/$(DEMO_DATE)/ (trends.csv, escalations.csv, …)"
	@echo "Alert mail (outbox mode):       demo/outbox/"

# The installed binary carries the Swift runtime (static), so a cron host needs only the
# Debian libraries (libcurl4, libxml2, libsqlite3-0, libssl3), not the Swift toolchain.
# All four are loaded when first used (dlopen), so `ldd` does not list them.
STATIC_BIN := .build/static/release/monitor

install: deps
	$(SWIFT) build -c release --product monitor --static-swift-stdlib --scratch-path .build/static
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/monitor
	install -m 0755 $(STATIC_BIN) $(DESTDIR)$(PREFIX)/bin/monitor
	cp -R lexicons $(DESTDIR)$(PREFIX)/share/monitor/
	install -m 0644 config.example.json $(DESTDIR)$(PREFIX)/share/monitor/config.example.json
	@echo "installed $(DESTDIR)$(PREFIX)/bin/monitor (lexicons are compiled in; $(PREFIX)/share/monitor/lexicons is an editable copy for lexicons.directory)"

bench: build
	@scripts/bench.sh

eval: build
	@scripts/eval.sh "$(DATA)"

conformance: build
	@scripts/conformance.sh "$(DATA)"

clean:
	rm -rf .build demo
