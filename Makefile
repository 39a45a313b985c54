# The one task interface: CI and people call these same targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

PLUGIN := conflict_evidence
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
REPOSITORY := $(shell sed -n 's/^repository=//p' metadata.txt)
SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
BUILD := build
ZIP := dist/$(PLUGIN)-$(VERSION).zip
RUN_PROFILES := $(BUILD)/qgis-profiles
# make deploy installs into this QGIS profile's plugin folder (override PROFILE_DIR=...).
PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
LOCALES := fr ar
WEB_VENDOR := resources/web/vendor/leaflet/VERSION
HEADLESS := QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$(CURDIR)/$(BUILD)/runtime

.PHONY: help setup ext-libs system-packages test test-matrix extraction-eval sources-eval sources-eval-trafilatura lint unit unit-py39 qgis-tests zip deploy run demo i18n translations screenshots bench bench-page clean version metadata release web-vendor

help:
	@echo "make run    - deploy the plugin and open the seed case in QGIS (headless: build, export, render to build/)"
	@echo "make test   - install what is missing, then lint, unit tests, QGIS tests and package checks"
	@echo "make test-matrix - make test again inside Debian 13 (QGIS 3.40) and sid (QGIS 3.44) roots, and make unit-py39 in Debian 11 (Python 3.9)"
	@echo "make release - from a clean tree: the zip, a plugin repository (dist/plugins.xml) and the tag v<version>"
	@echo "make zip | deploy | demo | lint | i18n | bench | bench-page | screenshots | metadata | version | clean"

system-packages:
	@bash test/tools/install_system_packages.sh

$(VENV)/.installed: requirements-dev.txt | system-packages
	$(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

setup: system-packages $(VENV)/.installed $(WEB_VENDOR)

# Pure-Python libraries the plugin ships inside its zip (ext_libs/, not committed): pinned by hash in
# requirements-ext-libs.txt and fetched from PyPI when the zip or the tests are built, never at run time.
# make zip unpacks the same wheels again into the zip, so no __pycache__ of a test run travels with it.
WHEELS := $(BUILD)/wheels
$(BUILD)/ext-libs.stamp: requirements-ext-libs.txt test/tools/ext_libs.py
	rm -rf $(WHEELS) && mkdir -p $(WHEELS)
	$(SYSTEM_PYTHON) -m pip download -q --disable-pip-version-check --no-deps --only-binary=:all: --python-version 3.9 \
	  --require-hashes -r requirements-ext-libs.txt -d $(WHEELS)
	$(SYSTEM_PYTHON) test/tools/ext_libs.py $(WHEELS) ext_libs
	touch $@

ext-libs: $(BUILD)/ext-libs.stamp

# A throwaway venv with PyQt6 from PyPI and nothing else: the names the code uses must exist there.
PYQT6_VENV := $(BUILD)/pyqt6-venv
$(PYQT6_VENV)/.installed: test/tools/requirements-pyqt6.txt | system-packages
	rm -rf $(PYQT6_VENV) && $(SYSTEM_PYTHON) -m venv $(PYQT6_VENV)
	$(PYQT6_VENV)/bin/pip install -q --disable-pip-version-check -r test/tools/requirements-pyqt6.txt
	touch $@

# flake8 twice: the QGIS checks (.flake8), then pycodestyle and pyflakes as plugins.qgis.org runs them on uploads.
lint: setup $(PYQT6_VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/flake8 plugin __init__.py
	$(VENV)/bin/flake8 --isolated --max-line-length=120 --extend-ignore=QGS plugin __init__.py
	$(VENV)/bin/mypy
	$(VENV)/bin/vermin -q --violations --no-tips --eval-annotations -t=3.9- plugin __init__.py test
	$(PY) test/tools/qt6_lint.py
	$(PYQT6_VENV)/bin/python test/tools/pyqt6_names.py
	$(VENV)/bin/bandit -q -r plugin __init__.py
	git ls-files -z | xargs -0 $(VENV)/bin/detect-secrets scan | $(PY) test/tools/no_secrets.py

unit: setup ext-libs
	$(PY) test/tools/pg_cluster.py --remove-leftovers
	$(PY) -m pytest -p no:qgis test/unit

# The unit tier under Python 3.9, the oldest a supported QGIS runs (3.22-3.28 on Windows); make test-matrix runs
# it inside Debian 11, whose QGIS is too old for the QGIS tier.
PY39_VENV := $(BUILD)/py39-venv
unit-py39:
	bash test/tools/install_system_packages.sh --unit
	$(MAKE) --no-print-directory ext-libs
	rm -rf $(PY39_VENV) && $(SYSTEM_PYTHON) -m venv --system-site-packages $(PY39_VENV)
	$(PY39_VENV)/bin/pip install -q --disable-pip-version-check -r test/tools/requirements-py39.txt
	$(PY39_VENV)/bin/python test/tools/pg_cluster.py --remove-leftovers
	$(PY39_VENV)/bin/python -m pytest -p no:qgis test/unit

qgis-tests: setup zip translations
	mkdir -p $(BUILD)/runtime && chmod 700 $(BUILD)/runtime
	$(PY) test/tools/pg_cluster.py --remove-leftovers
	$(HEADLESS) CE_ZIP=$(CURDIR)/$(ZIP) $(PY) -m pytest test/qgis

test: lint unit qgis-tests
	@echo "make test: all checks passed"

# The extractor scored on PolNeAR's dev split (not committed: POLNEAR_DIR, default build/PolNeAR).
# SPLIT=train scores PolNeAR's train split instead of dev (its test split is never read).
# LANG=ru|ar|tr scores the Russian, Arabic or Turkish set in test/data/extraction (SPLIT=dev, or test: held out).
# LANG is also the locale variable: any other value of it (C.UTF-8, en_US.UTF-8) means English.
extraction-eval: setup
	$(PY) test/tools/extraction_eval.py --split $(or $(SPLIT),dev) $(if $(filter ru ar tr,$(LANG)),--lang $(LANG)) $(if $(filter train,$(SPLIT)),--json build/extraction-eval-train.json)

# The saved-web-page reader's main text scored on the Article Extraction Benchmark (not committed: ARTICLE_BENCH_DIR,
# default build/article-extraction-benchmark; the script says how to get it), beside the reader it replaced and the
# benchmark's own runs of other libraries; trafilatura run here too once make sources-eval-trafilatura has run.
sources-eval: setup
	$(PY) test/tools/sources_eval.py --before --reference trafilatura --reference readability_js \
	  --compare trafilatura=$(BUILD)/sources-eval-trafilatura.json --json $(BUILD)/sources-eval.json

# trafilatura (needs lxml; a reference only, never shipped) in a venv of its own, run on the same pages.
sources-eval-trafilatura:
	test -x $(BUILD)/trafilatura-venv/bin/python || $(SYSTEM_PYTHON) -m venv $(BUILD)/trafilatura-venv
	$(BUILD)/trafilatura-venv/bin/pip install -q --disable-pip-version-check trafilatura lxml_html_clean
	$(BUILD)/trafilatura-venv/bin/python test/tools/sources_eval_trafilatura.py \
	  $${ARTICLE_BENCH_DIR:-$(BUILD)/article-extraction-benchmark} $(BUILD)/sources-eval-trafilatura.json

# The same make test inside Debian 13 (QGIS 3.40) and sid (QGIS 3.44) roots, cached under build/matrix.
test-matrix:
	bash test/tools/test_matrix.sh

translations: system-packages
	lrelease -silent i18n/*.ts

i18n: system-packages
	for locale in $(LOCALES); do \
	  pylupdate5 -noobsolete $$(git ls-files 'plugin/*.py') -ts i18n/$(PLUGIN)_$$locale.ts || exit 1; \
	done
	lrelease -silent i18n/*.ts

# The zip is what git has committed (export-ignore drops dev files), plus compiled translations and the user guide
# as HTML (help/, from docs/ and the screenshots it shows; see test/tools/build_help.py).
# The web map's library (Leaflet) from the npm registry, pinned and checked against the registry's integrity hash
# (test/tools/web_vendor.py); kept out of git, put in the zip by make zip.
$(WEB_VENDOR): test/tools/web_vendor.py
	$(SYSTEM_PYTHON) test/tools/web_vendor.py resources/web/vendor

web-vendor: $(WEB_VENDOR)

zip: system-packages ext-libs $(WEB_VENDOR)
	rm -rf $(BUILD)/zip && mkdir -p $(BUILD)/zip dist
	git archive --format=tar --prefix=$(PLUGIN)/ HEAD | tar -x -C $(BUILD)/zip
	$(SYSTEM_PYTHON) test/tools/ext_libs.py $(WHEELS) $(BUILD)/zip/$(PLUGIN)/ext_libs
	cp -r resources/web/vendor $(BUILD)/zip/$(PLUGIN)/resources/web/vendor
	$(SYSTEM_PYTHON) test/tools/release.py metadata $(BUILD)/zip/$(PLUGIN)/metadata.txt \
	  --changelog $(BUILD)/zip/$(PLUGIN)/CHANGELOG.md
	for ts in $(BUILD)/zip/$(PLUGIN)/i18n/*.ts; do \
	  [ -e "$$ts" ] || continue; lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; done
	rm -rf $(BUILD)/help-src && mkdir -p $(BUILD)/help-src
	git archive --format=tar HEAD docs README.md | tar -x -C $(BUILD)/help-src
	for shot in $$(git ls-tree -r --name-only HEAD resources/screenshots); do \
	  mkdir -p "$(BUILD)/help-src/$$(dirname "$$shot")" && git cat-file blob "HEAD:$$shot" > "$(BUILD)/help-src/$$shot" || exit 1; done
	$(SYSTEM_PYTHON) test/tools/build_help.py $(BUILD)/help-src $(BUILD)/zip/$(PLUGIN)/help "$(REPOSITORY)"
	rm -f $(ZIP) && (cd $(BUILD)/zip && zip -qrX ../../$(ZIP) $(PLUGIN))
	@echo "$(ZIP)"

# The version lives in metadata.txt only; everything else reads it from there.
version:
	@echo $(VERSION)

# metadata.txt's changelog (what QGIS's Plugin Manager shows) made again from CHANGELOG.md; commit the result.
metadata:
	$(SYSTEM_PYTHON) test/tools/release.py metadata metadata.txt

# A release from a clean tree: the zip, a plugin repository that QGIS's installer reads (serve dist/ over HTTP or
# from a shared folder and give its plugins.xml as the repository URL; RELEASE_BASE_URL is where the zip will be),
# and the tag v<version>. metadata.txt's version must be CHANGELOG.md's newest release.
RELEASE_BASE_URL ?= file://$(CURDIR)/dist
release:
	@if [ -n "$$(git status --porcelain)" ]; then \
	  echo "make release: the tree has uncommitted or untracked files (see git status); a release is built" \
	    "from a commit: commit or stash them first" >&2; exit 1; fi
	@$(SYSTEM_PYTHON) test/tools/release.py check $(VERSION)
	@if git rev-parse -q --verify "refs/tags/v$(VERSION)" >/dev/null && \
	  [ "$$(git rev-parse "v$(VERSION)^{commit}")" != "$$(git rev-parse HEAD)" ]; then \
	  echo "make release: the tag v$(VERSION) marks another commit; give metadata.txt a new version" >&2; exit 1; fi
	$(MAKE) --no-print-directory zip
	$(SYSTEM_PYTHON) test/tools/release.py plugins-xml $(ZIP) --base-url "$(RELEASE_BASE_URL)" --out dist/plugins.xml
	cp "$$(sed -n 's/^icon=//p' metadata.txt)" dist/$(PLUGIN).svg
	@if git rev-parse -q --verify "refs/tags/v$(VERSION)" >/dev/null; then \
	  echo "the tag v$(VERSION) already marks this commit"; \
	else git tag -a "v$(VERSION)" -m "Conflict Evidence $(VERSION)" && echo "tagged v$(VERSION)"; fi
	@echo "dist/: $(notdir $(ZIP)), plugins.xml, $(PLUGIN).svg (download_url $(RELEASE_BASE_URL)/$(notdir $(ZIP)))"

deploy: zip
	rm -rf "$(PROFILE_DIR)/python/plugins/$(PLUGIN)"
	mkdir -p "$(PROFILE_DIR)/python/plugins"
	unzip -q $(ZIP) -d "$(PROFILE_DIR)/python/plugins"
	$(SYSTEM_PYTHON) test/tools/enable_plugin.py "$(PROFILE_DIR)" $(PLUGIN)
	@echo "deployed to $(PROFILE_DIR)/python/plugins/$(PLUGIN)"

# The headless job: the seed case built by qgis_process, loaded, rendered and written to build/.
demo: setup zip
	$(MAKE) --no-print-directory deploy PROFILE_DIR=$(CURDIR)/$(RUN_PROFILES)/profiles/default
	mkdir -p $(BUILD)/runtime && chmod 700 $(BUILD)/runtime
	$(HEADLESS) QGIS_PLUGINPATH=$(CURDIR)/$(RUN_PROFILES)/profiles/default/python/plugins \
	  $(PY) test/tools/headless_run.py $(CURDIR)/$(BUILD)/seed

run: demo
	@if [ -n "$$DISPLAY" ] && [ -z "$$CI" ]; then \
	  echo "Starting QGIS with the seed case"; \
	  qgis --profiles-path $(CURDIR)/$(RUN_PROFILES) --profile default \
	    --project $(CURDIR)/$(BUILD)/seed/seed_case.qgz; \
	else \
	  echo "No display: the seed case was built, exported and rendered under $(BUILD)/seed/"; \
	fi

# Speed and memory beside GDAL's ogr2ogr and QGIS's native:package, at 1/100, 1/10 and full size
# (200,000 features, 100,000 statements, 1,000,000 links); SIZES=hundredth,tenth,full,five adds five times full
# (1,000,000 features; hours, not for CI). Writes test/bench/results.json, growth.png and docs/benchmarks.md.
bench: setup
	mkdir -p $(BUILD)/importroot $(BUILD)/runtime && chmod 700 $(BUILD)/runtime
	ln -sfn $(CURDIR) $(BUILD)/importroot/$(PLUGIN)
	$(HEADLESS) $(PY) test/bench/bench.py $(if $(SIZES),--sizes $(SIZES))

# docs/benchmarks.md again from the saved test/bench/results.json, without measuring anything.
bench-page:
	$(SYSTEM_PYTHON) test/bench/bench.py page

# Screenshots of QGIS with the seed case and the dock, in a real window under Xvfb, and the first page of the seed
# case's evidence report on the strikes in Hama province (the user guide shows them: test/unit/test_help.py).
screenshots: demo
	mkdir -p resources/screenshots $(BUILD)/screenshots_ar
	CE_STORE=$(CURDIR)/$(BUILD)/seed/seed_case_from_menu.gpkg CE_SHOTS=$(CURDIR)/resources/screenshots \
	  xvfb-run -a -s "-screen 0 1600x1000x24" qgis --nologo --noversioncheck \
	  --profiles-path $(CURDIR)/$(RUN_PROFILES) --profile default --code test/tools/screenshot_scene.py
	CE_STORE=$(CURDIR)/$(BUILD)/seed/seed_case_from_menu.gpkg CE_SHOTS=$(CURDIR)/$(BUILD)/screenshots_ar \
	  CE_SHOT_PREFIX=ar_ xvfb-run -a -s "-screen 0 1600x1000x24" qgis --nologo --noversioncheck --lang ar \
	  --profiles-path $(CURDIR)/$(RUN_PROFILES) --profile default --code test/tools/screenshot_scene.py
	cp $(BUILD)/screenshots_ar/ar_qgis_dock_contested_strike.png $(BUILD)/screenshots_ar/ar_qgis_document_viewer.png \
	  $(BUILD)/screenshots_ar/ar_qgis_import_report.png resources/screenshots/
	cp $(BUILD)/seed/seed_case_map.png resources/screenshots/
	$(HEADLESS) QGIS_PLUGINPATH=$(CURDIR)/$(RUN_PROFILES)/profiles/default/python/plugins \
	  /usr/bin/qgis_process.bin run conflict_evidence:evidence_report -- INPUT=$(CURDIR)/$(BUILD)/seed/seed_case.gpkg \
	  FEATURES=2 "EXPRESSION=\"uid\" = 'ss-hama'" OUTPUT=$(CURDIR)/$(BUILD)/seed/evidence_report_ss-hama.pdf
	pdftoppm -png -r 110 -f 2 -l 2 -singlefile $(BUILD)/seed/evidence_report_ss-hama.pdf resources/screenshots/evidence_report_page

clean:
	rm -rf $(BUILD) dist ext_libs .pytest_cache .ruff_cache
