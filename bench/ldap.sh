#!/usr/bin/env bash
# LDAP login end to end on a copy of the built distribution (HTTP 20481, SSH 20401, RMI 11096/44445; directory on
# 20389). UnboundID's in-memory directory server (the jar the security tests use, from the local Maven repository)
# holds users in groups laid out as docs/ldap.md describes. After a first start as shipped,
# etc/no.planverk.ldap.cfg.example is copied to etc/no.planverk.ldap.cfg with only the directory's address changed,
# etc/no.planverk.security.cfg is pointed at realm planverk-ldap, and Planverk is restarted. Then each LDAP user logs
# in through the API (GET /api/v1/me shows the roles and units Planverk gave them), roles are enforced, and a user
# taken out of a group loses the role at the next login. Last, the same over ldaps:// (a second directory server with
# a keytool certificate, ssl = false and a trust store in bin/setenv, as docs/ldap.md says) and with the directory down.
# Prints a table; exits non-zero when a check fails. Build first (mvn install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
jar=$(ls ~/.m2/repository/com/unboundid/unboundid-ldapsdk/*/unboundid-ldapsdk-*.jar 2>/dev/null | grep -v sources | tail -1)
[ -n "$jar" ] || { echo "unboundid-ldapsdk is not in the local Maven repository: build platform/security first" >&2; exit 1; }
unpack ldap 20481 20401 11096 44445
ldap_pid=
ldaps_pid=
cleanup() {
  cp "$home/data/log/karaf.log" /tmp/planverk-ldap-karaf.log 2>/dev/null || true
  [ -n "$ldap_pid" ] && kill "$ldap_pid" 2>/dev/null || true
  [ -n "$ldaps_pid" ] && kill "$ldaps_pid" 2>/dev/null || true
  "$home/bin/stop" >/dev/null 2>&1 || true; sleep 2; pkill -9 -f "karaf.home=$home" 2>/dev/null || true; rm -rf "$work"
}
trap cleanup EXIT

# The directory: people, groups, and the search account the example file names
{
  printf 'dn: dc=kommune,dc=no\nobjectClass: domain\ndc: kommune\n\n'
  for ou in people groups service; do printf 'dn: ou=%s,dc=kommune,dc=no\nobjectClass: organizationalUnit\nou: %s\n\n' $ou $ou; done
  printf 'dn: cn=planverk-search,ou=service,dc=kommune,dc=no\nobjectClass: person\ncn: planverk-search\nsn: search\nuserPassword: change-me\n\n'
  for u in kari per anne ola lise nils; do
    printf 'dn: uid=%s,ou=people,dc=kommune,dc=no\nobjectClass: inetOrgPerson\nuid: %s\ncn: %s\nsn: %s\nuserPassword: %s-pw\n\n' $u $u $u $u $u
  done
  group() { printf 'dn: cn=%s,ou=groups,dc=kommune,dc=no\nobjectClass: groupOfNames\ncn: %s\n' "$1" "$1"; shift
            for m in "$@"; do printf 'member: uid=%s,ou=people,dc=kommune,dc=no\n' "$m"; done; printf '\n'; }
  group planverk-admins kari
  group planverk-planners per
  group planverk-unit-ALV-HO anne
  group planverk-coordinators ola
  group planverk-readers lise per
  group admin nils
} >"$work/directory.ldif"
java -cp "$jar" com.unboundid.ldap.listener.InMemoryDirectoryServerTool --baseDN dc=kommune,dc=no --port 20389 \
  --ldifFile "$work/directory.ldif" >"$work/directory.log" 2>&1 &
ldap_pid=$!
for _ in $(seq 1 30); do (exec 3<>/dev/tcp/127.0.0.1/20389) 2>/dev/null && break; sleep 1; done

# Started as shipped (demo users of etc/users.properties), then switched to LDAP and restarted, as an admin would.
# bench/lib.sh's start waits for a module as well; the platform is enough here.
"$home/bin/start"
for i in $(seq 1 180); do
  curl -sf "$base/health" 2>/dev/null | grep -q '"UP"' && curl -sf -u admin:admin "$base/me" >/dev/null 2>&1 && break
  [ "$i" = 180 ] && { echo "Planverk did not come up; see /tmp/planverk-ldap-karaf.log" >&2; exit 1; }
  sleep 1
done
cp "$home/etc/no.planverk.ldap.cfg.example" "$home/etc/no.planverk.ldap.cfg"
sed -i 's|^connection.url *=.*|connection.url = ldap://127.0.0.1:20389|' "$home/etc/no.planverk.ldap.cfg"
sed -i 's/^realm *=.*/realm = planverk-ldap/' "$home/etc/no.planverk.security.cfg"
# a change to etc/no.planverk.security.cfg needs a restart (README, Security headers), as docs/ldap.md says
stop
"$home/bin/start"
for i in $(seq 1 180); do
  curl -sf "$base/health" 2>/dev/null | grep -q '"UP"' && curl -sf -u kari:kari-pw "$base/me" >/dev/null 2>&1 && break
  [ "$i" = 180 ] && { echo "no LDAP login after the restart; see /tmp/planverk-ldap-karaf.log" >&2; exit 1; }
  sleep 1
done

failed=0
echo "| check | result | |"
echo "|---|---|---|"
check() { # description, expected, actual
  if [ "$2" = "$3" ]; then echo "| $1 | ok | |"; else echo "| $1 | FAILED: expected $2, got $3 | |"; failed=1; fi
}
me() { curl -s -u "$1:$2" "$base/me" | grep -o '"roles":.*' | tr -d '}' ; }
code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

check "kari (planverk-admins): roles" '"roles":["admin"],"units":[]' "$(me kari kari-pw)"
check "per (planverk-planners, planverk-readers): roles" '"roles":["planner","reader"],"units":[]' "$(me per per-pw)"
check "anne (planverk-unit-ALV-HO): unit leader of ALV-HO" '"roles":["unit-leader"],"units":["ALV-HO"]' "$(me anne anne-pw)"
check "ola (planverk-coordinators): roles" '"roles":["coordinator"],"units":[]' "$(me ola ola-pw)"
check "lise (planverk-readers): roles" '"roles":["reader"],"units":[]' "$(me lise lise-pw)"
check "kari: GET /api/v1/audit (admins only)" 200 "$(code -u kari:kari-pw "$base/audit?limit=1")"
check "per: GET /api/v1/audit" 403 "$(code -u per:per-pw "$base/audit?limit=1")"
check "lise: POST /api/v1/units" 403 "$(code -u lise:lise-pw -X POST -H 'Content-Type: application/json' -d '{}' "$base/units")"
check "kari, wrong password" 401 "$(code -u kari:wrong "$base/me")"
check "nils (only in an other system's group 'admin')" 401 "$(code -u nils:nils-pw "$base/me")"
check "unknown user" 401 "$(code -u nobody:x "$base/me")"
check "admin/admin of etc/users.properties (not in this realm)" 401 "$(code -u admin:admin "$base/me")"
check "LDAP filter characters in a user name" 401 "$(code -u '*:kari-pw' "$base/me")"

# Take lise out of planverk-readers: the next login has no role (disableCache = true)
printf 'dn: cn=planverk-readers,ou=groups,dc=kommune,dc=no\nchangetype: modify\ndelete: member\nmember: uid=lise,ou=people,dc=kommune,dc=no\n' \
  >"$work/remove-lise.ldif"
java -cp "$jar" com.unboundid.ldap.sdk.unboundidds.tools.LDAPModify --hostname 127.0.0.1 --port 20389 \
  --bindDN cn=planverk-search,ou=service,dc=kommune,dc=no --bindPassword change-me --ldifFile "$work/remove-lise.ldif" >/dev/null
check "lise after leaving planverk-readers" 401 "$(code -u lise:lise-pw "$base/me")"
check "per still a reader and planner" '"roles":["planner","reader"],"units":[]' "$(me per per-pw)"

# ldaps:// as docs/ldap.md says: Java's own TLS (ssl = false), the directory's certificate in a trust store that
# bin/setenv names. The directory gets a certificate for localhost; a second directory server speaks only LDAPS.
keytool -genkeypair -alias ldap -keyalg RSA -keysize 2048 -validity 2 -dname CN=localhost \
  -ext SAN=dns:localhost,ip:127.0.0.1 -storetype PKCS12 -keystore "$work/ldap.p12" -storepass bench-secret 2>/dev/null
keytool -exportcert -rfc -alias ldap -keystore "$work/ldap.p12" -storepass bench-secret -file "$work/ldap.pem" 2>/dev/null
keytool -importcert -noprompt -alias kommune-ca -file "$work/ldap.pem" -storetype PKCS12 \
  -keystore "$home/etc/truststore.p12" -storepass changeit 2>/dev/null
java -cp "$jar" com.unboundid.ldap.listener.InMemoryDirectoryServerTool --baseDN dc=kommune,dc=no --port 20636 \
  --useSSL --keyStorePath "$work/ldap.p12" --keyStorePassword bench-secret --keyStoreType PKCS12 \
  --ldifFile "$work/directory.ldif" >"$work/directory-ldaps.log" 2>&1 &
ldaps_pid=$!
sed -i 's|^connection.url *=.*|connection.url = ldaps://localhost:20636|' "$home/etc/no.planverk.ldap.cfg"
echo "ssl = false" >>"$home/etc/no.planverk.ldap.cfg"
echo "export EXTRA_JAVA_OPTS=\"\$EXTRA_JAVA_OPTS -Djavax.net.ssl.trustStore=$home/etc/truststore.p12 -Djavax.net.ssl.trustStorePassword=changeit\"" \
  >>"$home/bin/setenv"
stop
"$home/bin/start"
for _ in $(seq 1 180); do
  curl -sf "$base/health" 2>/dev/null | grep -q '"UP"' && curl -sf -u kari:kari-pw "$base/me" >/dev/null 2>&1 && break
  sleep 1
done
check "ldaps://, ssl = false, trust store in bin/setenv: kari" '"roles":["admin"],"units":[]' "$(me kari kari-pw)"
check "ldaps://: anne" '"roles":["unit-leader"],"units":["ALV-HO"]' "$(me anne anne-pw)"
check "ldaps://: wrong password" 401 "$(code -u kari:wrong "$base/me")"
kill "$ldaps_pid" 2>/dev/null; wait "$ldaps_pid" 2>/dev/null || true; ldaps_pid=
check "ldaps://: directory down, login refused" 401 "$(code --max-time 30 -u anne:anne-pw "$base/me")"

# For the record (docs/ldap.md): the same without 'ssl = false', i.e. Karaf's own TLS set-up for LDAP
java -cp "$jar" com.unboundid.ldap.listener.InMemoryDirectoryServerTool --baseDN dc=kommune,dc=no --port 20636 \
  --useSSL --keyStorePath "$work/ldap.p12" --keyStorePassword bench-secret --keyStoreType PKCS12 \
  --ldifFile "$work/directory.ldif" >"$work/directory-ldaps.log" 2>&1 &
ldaps_pid=$!
sleep 3
sed -i '/^ssl = false$/d' "$home/etc/no.planverk.ldap.cfg"
sleep 5 # the realm follows its file while Planverk runs
echo "| ldaps:// without ssl = false (Karaf's own TLS set-up): kari gets | $(code -u kari:kari-pw "$base/me") | for the record |"
exit $failed
