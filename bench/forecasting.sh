#!/usr/bin/env bash
# Forecasting benchmark: one model run over 120 ages × 50 years × 10 services × 4 scenarios (normal, delayed,
# welfare tech on delayed, custom) after 300 warm-up runs; prints the median and p90 of 101 timed runs. Then the
# same inputs as a saved run on in-memory Derby: the CSV it stores, the time to open it, the heap an open run holds.
# Builds only modules/forecasting (api and core). Aim (issue 6): under 50 ms.
set -euo pipefail
cd "$(dirname "$0")/../modules/forecasting"
mvn -B -q test -Dtest=ForecastBench -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -o '| forecast.*'
