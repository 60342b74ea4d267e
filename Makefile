# GNBV Tracker — the commands a newcomer can guess: run, stop, test, lint, bench.
SHELL := /bin/bash
ROOT  := $(CURDIR)
DATA  := $(ROOT)/.data
PG_PORT      ?= 55432
PG_TEST_PORT ?= 55433
API_PORT     ?= 8080
KC_PORT      ?= 8180
KC_MGMT_PORT ?= 9000
KC_TEST_PORT ?= 8181
KC_TEST_MGMT_PORT ?= 9001
SPA_PORT     ?= 5173
E2E_API_PORT ?= 8091
E2E_SPA_PORT ?= 4174
BENCH_PG_PORT ?= 55434
BENCH_API_PORT ?= 8082
ROWS ?= 1000000
PG_FSYNC ?= on
MVN := mvn -B -q -f backend/pom.xml
JAR := backend/target/quarkus-app/quarkus-run.jar

.PHONY: run stop test lint format bench build deps gen

deps: ## install what a fresh machine lacks (Debian packages)
	@command -v mvn >/dev/null || (apt-get update -q && apt-get install -y -q maven)
	@[ -x /usr/lib/postgresql/15/bin/pg_ctl ] || (apt-get update -q && apt-get install -y -q postgresql-15 postgresql-contrib)
	@command -v python3 >/dev/null || (apt-get update -q && apt-get install -y -q python3)
	@command -v unzip >/dev/null || (apt-get update -q && apt-get install -y -q unzip)
	@command -v shellcheck >/dev/null || (apt-get update -q && apt-get install -y -q shellcheck)
	@command -v npm >/dev/null || (apt-get update -q && apt-get install -y -q nodejs npm)
	@[ -x /usr/bin/chromium ] || (apt-get update -q && apt-get install -y -q chromium)
	@command -v docker-compose >/dev/null || apt-get install -y -q docker-compose >/dev/null || echo "docker-compose unavailable: its file check will be skipped"

build: deps
	$(MVN) package -DskipTests
	@scripts/frontend.sh build

run: build ## start PostgreSQL, Keycloak (realm gnbv), the API with reference and demo data, and the dashboard
	@scripts/pg.sh start $(DATA)/pg $(PG_PORT)
	@scripts/keycloak.sh start $(DATA)/keycloak $(KC_PORT) $(KC_MGMT_PORT)
	@GNBV_OIDC_URL=http://localhost:$(KC_PORT)/realms/gnbv scripts/api.sh start $(DATA) $(PG_PORT) $(API_PORT)
	@scripts/frontend.sh serve start $(DATA)/spa $(SPA_PORT) http://localhost:$(API_PORT) http://localhost:$(KC_PORT)/realms/gnbv
	@echo
	@echo "  Dashboard    http://localhost:$(SPA_PORT)   (sign in as laichau.manager / gnbv-demo)"
	@echo "  API          http://localhost:$(API_PORT)/api/v1"
	@echo "  OpenAPI      http://localhost:$(API_PORT)/q/openapi   (contract: openapi.yaml)"
	@echo "  Health       http://localhost:$(API_PORT)/q/health"
	@echo "  PostgreSQL   postgresql://gnbv:gnbv@127.0.0.1:$(PG_PORT)/gnbv"
	@echo "  Keycloak     http://localhost:$(KC_PORT)/realms/gnbv   (console http://localhost:$(KC_PORT)/admin, admin/admin)"
	@echo "  Demo users   (password gnbv-demo; see README, Sign-in)"
	@echo "               admin ADMIN national · laichau.manager PROVINCE_MANAGER 12 · phongtho.officer DISTRICT_OFFICER 109"
	@echo "               lucbinh.officer COMMUNE_OFFICER 01990 · backan.viewer VIEWER 06"
	@echo "  Clients      third-party-reader / third-party-reader-secret (API_READER 12)"
	@echo "               bulk-uploader / bulk-uploader-secret (UPLOADER 12)"
	@echo "  Stop with    make stop"

stop: ## stop exactly what `make run` started (PID files)
	@scripts/frontend.sh serve stop $(DATA)/spa
	@scripts/api.sh stop $(DATA)
	@scripts/keycloak.sh stop $(DATA)/keycloak
	@scripts/pg.sh stop $(DATA)/pg $(PG_PORT)

# Keycloak for tests: its own install and port, the realm imported afresh each run (the unzipped distribution is
# kept, so only the first run on a machine pays the download and the ~100 s re-augmentation). GNBV_TEST_PG_DIR lets
# the database-failure test stop and restart the test cluster mid-job. After the Maven suite, the browser suite
# (scripts/e2e.sh) runs the API with demo data in a database of its own and the built dashboard, on the same
# PostgreSQL and Keycloak.
test: deps lint ## every test, against a private PostgreSQL and Keycloak started and stopped here
	@scripts/frontend.sh test
	@rm -rf $(DATA)/pg-test
	@trap 'scripts/keycloak.sh stop $(DATA)/keycloak-test; scripts/pg.sh stop $(DATA)/pg-test $(PG_TEST_PORT)' EXIT; \
	  PG_FSYNC=off scripts/pg.sh start $(DATA)/pg-test $(PG_TEST_PORT) && \
	  scripts/keycloak.sh start $(DATA)/keycloak-test $(KC_TEST_PORT) $(KC_TEST_MGMT_PORT) --fresh && \
	  GNBV_DB_PORT=$(PG_TEST_PORT) GNBV_TEST_PG_DIR=$(DATA)/pg-test \
	  GNBV_TEST_KEYCLOAK_URL=http://localhost:$(KC_TEST_PORT)/realms/gnbv \
	  mvn -B -f backend/pom.xml verify && \
	  scripts/e2e.sh $(PG_TEST_PORT) $(KC_TEST_PORT) $(E2E_API_PORT) $(E2E_SPA_PORT)

lint: ## formatter, shellcheck, contract checks (Redocly CLI) and compose file: nothing that needs a database
	@scripts/lint.sh

format: ## apply the Java formatter (palantir-java-format via Spotless) and Prettier to the dashboard
	$(MVN) spotless:apply
	@cd frontend && npx --no-install prettier --write . --log-level warn

gen: ## regenerate the dashboard's API types from openapi.yaml (make lint fails when they are stale)
	@scripts/frontend.sh gen

# Not a test: a measurement. Fresh PostgreSQL (fsync on unless PG_FSYNC=off) and API (-Xmx512m) of its own; Keycloak
# of `make run`, started (and stopped again) only when it isn't up. Quick run: make bench ROWS=100000.
bench: deps ## ROWS funding lines + ROWS indicator values: HTTP upload vs raw COPY; appends to docs/benchmarks.md
	@PG_FSYNC=$(PG_FSYNC) BENCH_PG_PORT=$(BENCH_PG_PORT) BENCH_API_PORT=$(BENCH_API_PORT) \
	  KC_PORT=$(KC_PORT) KC_MGMT_PORT=$(KC_MGMT_PORT) scripts/bench.sh $(ROWS)
