#!/usr/bin/env bash
# Builds the container image from the built distribution and checks that it answers: liveness, readiness and the
# login-only version. Where no Docker engine answers, it says so and skips (exit 0): the client alone is not enough.
# Usage: bench/container.sh (after ./run or mvn install -DskipTests; from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v docker >/dev/null 2>&1; then
  echo "SKIPPED: no docker command on this machine; the container build was not tested"
  exit 0
fi
if ! docker info >/dev/null 2>&1; then
  echo "SKIPPED: the docker client is here but no Docker engine answers (docker info failed); the container build was not tested"
  exit 0
fi
ls features/distribution/target/planverk-distribution-*.tar.gz >/dev/null
image=planverk:bench-$$
name=planverk-bench-$$
port=${PORT:-18481}
cleanup() { docker rm -f "$name" >/dev/null 2>&1 || true; docker volume rm "$name-data" >/dev/null 2>&1 || true; docker rmi "$image" >/dev/null 2>&1 || true; }
trap cleanup EXIT
docker build -q -f features/distribution/docker/Dockerfile -t "$image" features/distribution/target
docker run -d --name "$name" -p "$port:8181" -v "$name-data:/opt/planverk/data" -e PLANVERK_PROFILE=bergen "$image" >/dev/null
base="http://localhost:$port/api/v1"
for _ in $(seq 1 180); do
  curl -sf "$base/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
fail=0
curl -sf "$base/health/live" | grep -q '"status":"UP"' || { echo "FAIL: /health/live"; fail=1; }
curl -sf "$base/health/ready" | grep -q '"status":"UP"' || { echo "FAIL: /health/ready"; fail=1; }
curl -sf "$base/health" | grep -q '"version"' && { echo "FAIL: the version is shown to anonymous callers"; fail=1; }
curl -sf -u admin:admin "$base/modules" | grep -q '"competence"' || { echo "FAIL: the bergen profile's modules"; fail=1; }
[ "$(docker inspect -f '{{.Config.User}}' "$image")" = planverk ] || { echo "FAIL: the image does not run as planverk"; fail=1; }
[ $fail = 0 ] && echo "PASSED: image built, container up with the bergen profile, live and ready"
exit $fail
