# Modu — the two commands a person needs are `make run` and `make test`.
# Everything else here is what those two are made of.

CARGO ?= cargo
NPM ?= npm
FRONTEND_SOURCES := $(shell find frontend/src frontend/public -type f 2>/dev/null) \
                    frontend/index.html frontend/vite.config.ts frontend/package.json

.PHONY: run demo test test-backend test-sqlite test-postgres test-frontend test-e2e frontend build release bench bench-rush bench-judging bench-announcement bench-web lint fmt openapi clean

## run: build the web UI and the server (release), then serve everything on http://127.0.0.1:8080
##      `make run DEMO=1` first loads the demo season (WSCW 2018 contests, citizens, entries) once
run: frontend release
	@if [ -n "$(DEMO)" ]; then ./target/release/modu demo; fi
	./target/release/modu serve

## demo: load the demo season into the default database (./data/modu.db)
demo: release
	./target/release/modu demo

release:
	$(CARGO) build --release --locked

## test: every test — Rust unit tests, the API suites on SQLite and on PostgreSQL, the frontend's tests,
##       and the browser tests in Chromium
test: test-frontend test-backend test-e2e

test-backend: test-sqlite test-postgres

test-sqlite:
	@echo "==> Rust unit tests and API suites on SQLite"
	MODU_TEST_DATABASE=sqlite $(CARGO) test --locked

test-postgres:
	@scripts/test-postgres.sh

test-frontend: frontend/node_modules/.package-lock.json
	@echo "==> Frontend unit tests (and the API types drift check)"
	cd frontend && $(NPM) test

## test-e2e: browser tests (Debian's chromium, playwright-core) against the debug server on a fresh
##           SQLite database with the demo season
test-e2e: frontend
	@command -v chromium >/dev/null || { echo "needs Chromium: apt-get install -y chromium"; exit 1; }
	$(CARGO) build --locked
	@echo "==> Browser end-to-end tests"
	cd frontend && $(NPM) run test:e2e

## frontend: the production build of the web UI in frontend/dist (served by the Rust server at /)
frontend: frontend/dist/index.html

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	@command -v $(NPM) >/dev/null || { echo "Node.js and npm are needed to build the web UI"; exit 1; }
	cd frontend && $(NPM) ci --no-audit --no-fund
	@touch $@

frontend/dist/index.html: frontend/node_modules/.package-lock.json $(FRONTEND_SOURCES)
	cd frontend && $(NPM) run build

## bench: load-test a release build on SQLite and PostgreSQL (needs wrk); see README
bench: release
	scripts/bench.sh

## bench-rush: the deadline-rush load benchmark (submissions, photo uploads, organizer list; 60 s each,
##             SQLite and PostgreSQL); options via ARGS, e.g. `make bench-rush ARGS="--backend sqlite --seconds 10"`
bench-rush:
	scripts/bench-rush.sh $(ARGS)

## bench-judging: the judging benchmark (results of 10,000 entries × 9 judges, 64 judges saving scores,
##                50 judges voting in pairs; 20 s each, SQLite and PostgreSQL); options via ARGS,
##                e.g. `make bench-judging ARGS="--backend sqlite --scenario results"`
bench-judging:
	scripts/bench-judging.sh $(ARGS)

## bench-announcement: the public vote and announcement benchmark (10,000 voters voting, the published results
##                     of 5,000 entries for 15 s, an announcement mailing 10,000 entrants through a local SMTP
##                     server; SQLite and PostgreSQL); options via ARGS,
##                     e.g. `make bench-announcement ARGS="--backend sqlite --scenario votes"`
bench-announcement:
	scripts/bench-announcement.sh $(ARGS)

## bench-web: the web UI's figures in Chromium (JavaScript per public page, first contentful paint,
##            the contest and screening lists with 1,000 contests and 5,000 entries); options via ARGS,
##            e.g. `make bench-web ARGS="--runs 3 --pages 10"`
bench-web: frontend release
	@command -v chromium >/dev/null || { echo "needs Chromium: apt-get install -y chromium"; exit 1; }
	cd frontend && MODU_BIN=../target/release/modu node scripts/bench-web.mjs $(ARGS)

## openapi: write the OpenAPI document to frontend/openapi.json and regenerate the web UI's API types
openapi: frontend/node_modules/.package-lock.json
	$(CARGO) run --quiet -- openapi > frontend/openapi.json
	cd frontend && $(NPM) run api:generate

lint:
	$(CARGO) clippy --all-targets --locked -- -D warnings
	$(CARGO) fmt --check

fmt:
	$(CARGO) fmt

clean:
	$(CARGO) clean
	rm -rf frontend/dist frontend/node_modules
