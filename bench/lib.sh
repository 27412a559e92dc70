# Shared by the bench scripts that run their own copy of the built distribution (source it after cd to the repo root).
# unpack NAME HTTP SSH RMI_REGISTRY RMI_SERVER: a fresh copy in a temp folder on those ports; sets work, home, base.
# start: bin/start, then waits until every installed module is ready (/api/v1/health/ready) and the measures module answers. stop: bin/stop, waiting for the JVM.
export CHECK_ROOT_INSTANCE_RUNNING=false

unpack() {
  local archive
  archive=$(ls features/distribution/target/planverk-distribution-*.tar.gz | head -1)
  work=$(mktemp -d "/tmp/planverk-$1.XXXX")
  tar xzf "$archive" -C "$work"
  home=$(ls -d "$work"/planverk-distribution-*)
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $2/" "$home/etc/org.apache.felix.http.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $3/" "$home/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $4/; s/^rmiServerPort *=.*/rmiServerPort = $5/" \
    "$home/etc/org.apache.karaf.management.cfg"
  base="http://localhost:$2/api/v1"
}

start() {
  "$home/bin/start"
  for _ in $(seq 1 180); do
    curl -sf "$base/health/ready" >/dev/null 2>&1 && curl -sf -u planlegg:planlegg "$base/measures?limit=1" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "Planverk did not come up; see $home/data/log/karaf.log" >&2
  exit 1
}

stop() {
  "$home/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do pgrep -f "karaf.home=$home" >/dev/null || return 0; sleep 1; done
  pkill -9 -f "karaf.home=$home" || true
}
