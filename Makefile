# GNBV Tracker — the commands a newcomer can guess: run, stop, test, lint, bench.
SHELL := /bin/bash
ROOT  := $(CURDIR)
DATA  := $(ROOT)/.data
PG_PORT      ?= 55432
PG_TEST_PORT ?= 55433
API_PORT     ?= 8080
MVN := mvn -B -q -f backend/pom.xml
JAR := backend/target/quarkus-app/quarkus-run.jar

.PHONY: run stop test lint bench build deps

deps: ## install what a fresh machine lacks (Debian packages)
	@command -v mvn >/dev/null || (apt-get update -q && apt-get install -y -q maven)
	@[ -x /usr/lib/postgresql/15/bin/pg_ctl ] || (apt-get update -q && apt-get install -y -q postgresql-15 postgresql-contrib)
	@command -v docker-compose >/dev/null || apt-get install -y -q docker-compose >/dev/null || echo "docker-compose unavailable: its file check will be skipped"

build: deps
	$(MVN) package -DskipTests

run: build ## start PostgreSQL and the API with reference and demo data
	@scripts/pg.sh start $(DATA)/pg $(PG_PORT)
	@scripts/api.sh start $(DATA) $(PG_PORT) $(API_PORT)
	@echo
	@echo "  API          http://localhost:$(API_PORT)/api/v1"
	@echo "  OpenAPI      http://localhost:$(API_PORT)/q/openapi   (contract: openapi.yaml)"
	@echo "  Health       http://localhost:$(API_PORT)/q/health"
	@echo "  PostgreSQL   postgresql://gnbv:gnbv@127.0.0.1:$(PG_PORT)/gnbv"
	@echo "  Stop with    make stop"

stop: ## stop exactly what `make run` started (PID files)
	@scripts/api.sh stop $(DATA)
	@scripts/pg.sh stop $(DATA)/pg $(PG_PORT)

test: deps lint ## every test, against a private PostgreSQL started and stopped here
	@rm -rf $(DATA)/pg-test
	@PG_FSYNC=off scripts/pg.sh start $(DATA)/pg-test $(PG_TEST_PORT)
	@trap 'scripts/pg.sh stop $(DATA)/pg-test $(PG_TEST_PORT)' EXIT; \
	  GNBV_DB_PORT=$(PG_TEST_PORT) mvn -B -f backend/pom.xml verify

lint: ## contract checks that need no database
	@scripts/lint.sh
