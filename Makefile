# Tepat: the two commands in README.md (`make run`, `make test`) do all set-up on a fresh Debian 12 machine.
SHELL := /bin/bash
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
PORT ?= 8080
DB ?= sqlite:var/tepat.db
CMAKE_ARGS ?= -DTEPAT_BUILD_BENCH=OFF

.PHONY: run test build deps deps-test web web-deps cxx cxx-test test-cxx test-web bench clean demo-data

## run: install, build (Release), create var/tepat.db with regions and demo accounts, serve on http://localhost:$(PORT)
run: deps build
	@mkdir -p var
	./$(BUILD_DIR)/tepat migrate --db $(DB)
	./$(BUILD_DIR)/tepat demo seed --db $(DB)
	./$(BUILD_DIR)/tepat serve --db $(DB) --port $(PORT)

## test: install, build with tests, run every C++ test (SQLite and a throw-away PostgreSQL) and the browser tests
test: deps-test build
	$(MAKE) test-cxx
	$(MAKE) test-web

## build: the binary at build/tepat and the web app in web/dist
build: web cxx

deps:
	bash scripts/setup-deps.sh

deps-test:
	bash scripts/setup-deps.sh --test

web-deps:
	cd web && if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi

web: web-deps
	cd web && npm run build

cxx:
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release -DTEPAT_BUILD_TESTS=ON $(CMAKE_ARGS)
	cmake --build $(BUILD_DIR) -j $(JOBS)

test-cxx:
	bash scripts/with-test-postgres.sh ctest --test-dir $(BUILD_DIR) --output-on-failure --timeout 600 -j $(JOBS)

test-web:
	bash scripts/test-web.sh $(BUILD_DIR)/tepat

## bench: benchmarks; figures go to docs/performance.md
bench: deps web
	bash scripts/setup-deps.sh --bench
	$(MAKE) cxx CMAKE_ARGS=-DTEPAT_BUILD_BENCH=ON
	bash bench/run-all.sh $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR) web/dist
