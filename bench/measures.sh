#!/usr/bin/env bash
# Measures benchmark: 50 000 measures in 100 plans (one with 500) and 200 000 reports on Derby on disk,
# then grid pages, dashboard counts and the annual report of the 500-measure plan (data and PDF).
# Server work in one JVM, no HTTP. Prints a Markdown table. Build first: mvn install -DskipTests.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl modules/measures/core test -Dtest=MeasuresBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn 2>&1 | grep -E '^\|'
