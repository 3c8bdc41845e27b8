# Werkbank — local stack, linters and tests. The work is done by scripts/stack.sh and the
# files it sources from scripts/lib/ (settings: config/stack.env; state: .run/). Every
# recipe sets JAVA_HOME to a JDK >= 21 there.

SHELL := /bin/bash
STACK := scripts/stack.sh

# The targets share ports, databases and backend/target: never run them in parallel.
.NOTPARALLEL:
.PHONY: help run cluster cluster-test stop status infra lint format test test-backend test-frontend test-keycloak-down test-e2e test-faults sbom openapi backup restore reset bench-retention seed-large bench

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{ printf "  make %-14s %s\n", $$1, $$2 }'

run: ## PostgreSQL + Keycloak + GreenMail + API (8080) + SPA dev server (5173); Ctrl-C stops
	@$(STACK) run

cluster: ## like run, but the API (8080) is HAProxy in front of two backend instances (8082, 8083)
	@$(STACK) cluster

cluster-test: ## two instances behind HAProxy: browser tests, feed sync, work done once (mail, alerts, retention)
	@$(STACK) cluster-test

stop: ## stop everything the stack started, make cluster too (also from another terminal)
	@$(STACK) stop

status: ## show what runs
	@$(STACK) status

infra: ## only PostgreSQL, Keycloak and GreenMail, left running (make stop ends them)
	@$(STACK) infra

lint: ## ShellCheck, npm run lint in frontend/, Spotless check of backend/, Spectral on openapi.yaml
	@$(STACK) lint

format: ## mvn spotless:apply in backend/, npm run format in frontend/ when package.json has it
	@$(STACK) format

test: ## lint, then all tests (backend, fault tests, frontend unit, browser); goes on after a failure
	@$(STACK) test

test-backend: ## mvn -B verify (self-contained: embedded PostgreSQL, OIDC test server)
	@$(STACK) test-backend

test-frontend: ## npm test in frontend/
	@$(STACK) test-frontend

test-keycloak-down: ## browser test: a login while Keycloak is unreachable shows a clear message (free ports, no lock)
	@$(STACK) test-keycloak-down

sbom: ## CycloneDX SBOMs: backend/target/bom.json (Maven) and frontend/bom.json (npm lockfile), checked
	@$(STACK) sbom

test-e2e: ## browser tests against API 8081 + SPA preview 5174 + Keycloak + werkbank_e2e
	@$(STACK) test-e2e

test-faults: ## the packaged backend under faults: PostgreSQL stopped under load, SIGKILL mid-work (own PostgreSQL, random ports)
	@$(STACK) test-faults

openapi: ## build the backend and copy its generated OpenAPI document to ./openapi.yaml
	@$(STACK) openapi

backup: ## pg_dump (custom format) of the database into backups/; deletes backups older than 14 days
	@$(STACK) backup

restore: ## make restore FILE=backups/werkbank-….dump (backend stopped); the backend replays erasures at start
	@$(STACK) restore "$(FILE)"

bench-retention: ## benchmark: the inactive-profile sweep vs one SQL statement (N=1000000; make bench-retention N=10000)
	@bench/retention-sweep.sh $(N)

seed-large: ## fill the stack's database with national volumes (1M assignments, 200k profiles, 5M responses; issue 14)
	@bench/seed-large.sh

bench: ## API benchmark of the seeded database with wrk and pgbench (issue 14; after make seed-large)
	@bench/api-bench.sh

reset: stop ## stop everything and delete all local state (.run/: Keycloak, downloads, logs)
	rm -rf .run
