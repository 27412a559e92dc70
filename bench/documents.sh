#!/usr/bin/env bash
# Document export benchmark (issue 19): a 50-section document with 10 live blocks (tables and charts) to PDF, DOCX
# and HTML through the plans module's DocumentRenderer; first call, then best and median of 9 runs each, one JVM.
# Targets: PDF under 2 s, DOCX under 1 s. Prints a Markdown table. Build first: mvn install -DskipTests.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl modules/plans/core test -Dtest=DocumentExportBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Djava.awt.headless=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn 2>&1 | grep -E '^\|'
