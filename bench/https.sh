#!/usr/bin/env bash
# HTTPS end to end on a copy of the built distribution (HTTP 20381, HTTPS 20443, SSH 20301, RMI 11095/44444, so a
# running Planverk is not disturbed). A self-signed certificate is made with keytool and the commented HTTPS lines of
# etc/org.apache.felix.http.cfg are switched on as docs/https.md says. Then: over HTTPS the login page and the API
# answer with Strict-Transport-Security and a Secure, HttpOnly session cookie; over plain HTTP neither; a plain HTTP
# request carrying X-Forwarded-Proto: https is taken for HTTPS only once the proxy setting
# (org.apache.felix.proxy.load.balancer.connection.enable) is switched on, which is done while Planverk runs.
# Prints a table; exits non-zero when a check fails. Build first (mvn install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
unpack https 20381 20301 11095 44444
cleanup() {
  cp "$home/data/log/karaf.log" /tmp/planverk-https-karaf.log 2>/dev/null || true
  "$home/bin/stop" >/dev/null 2>&1 || true; sleep 2; pkill -9 -f "karaf.home=$home" 2>/dev/null || true; rm -rf "$work"
}
trap cleanup EXIT
http="http://localhost:20381"
https="https://localhost:20443"

keytool -genkeypair -alias planverk -keyalg RSA -keysize 2048 -validity 30 -dname "CN=localhost" \
  -ext "SAN=dns:localhost,ip:127.0.0.1" -storetype PKCS12 -keystore "$home/etc/planverk.p12" \
  -storepass bench-secret -keypass bench-secret 2>/dev/null
cfg="$home/etc/org.apache.felix.http.cfg"
sed -i -e 's/^org.apache.felix.https.enable *=.*/org.apache.felix.https.enable = true/' \
  -e 's/^# org.osgi.service.http.port.secure *=.*/org.osgi.service.http.port.secure = 20443/' \
  -e 's/^# \(org.apache.felix.https.keystore\(.type\)\? *=\)/\1/' \
  -e 's/^# \(org.apache.felix.https.keystore\(.key\)\?.password *=\).*/\1 bench-secret/' \
  -e 's/^# \(org.apache.felix.https.jetty.protocols.included *=\)/\1/' "$cfg"
grep -q '^org.apache.felix.https.keystore = ${karaf.etc}/planverk.p12' "$cfg" || { echo "the HTTPS lines of $cfg have changed" >&2; exit 1; }
# bench/lib.sh's start also waits for a module; HTTPS needs only the platform: health UP, login page over HTTPS
"$home/bin/start"
for i in $(seq 1 180); do
  curl -sf "$http/api/v1/health" 2>/dev/null | grep -q '"UP"' \
    && [ "$(curl -sk -o /dev/null -w '%{http_code}' "$https/login")" = 200 ] && break
  [ "$i" = 180 ] && { echo "Planverk did not come up over HTTPS; see /tmp/planverk-https-karaf.log" >&2; exit 1; }
  sleep 1
done

failed=0
echo "| check | result | |"
echo "|---|---|---|"
check() { # description, then a command that succeeds when the check passes
  local what=$1; shift
  if "$@"; then echo "| $what | ok | |"; else echo "| $what | FAILED | |"; failed=1; fi
}
heads() { curl -sk -D - -o /dev/null --max-time 20 "$@" | tr -d '\r'; }
has() { grep -qi "$1" <<<"$2"; }
hasnt() { ! grep -qi "$1" <<<"$2"; }
cookie() { grep -i '^set-cookie: JSESSIONID=' <<<"$1" || true; }

page=$(heads "$https/login")
check "HTTPS: login page 200" has '^HTTP/[0-9.]* 200' "$page"
check "HTTPS: Strict-Transport-Security: max-age=31536000" has '^strict-transport-security: max-age=31536000$' "$page"
c=$(cookie "$page")
check "HTTPS: session cookie Secure ($c)" has '; *Secure' "$c"
check "HTTPS: session cookie HttpOnly" has '; *HttpOnly' "$c"
api=$(heads -u admin:admin "$https/api/v1/modules")
check "HTTPS: GET /api/v1/modules as admin 200" has '^HTTP/[0-9.]* 200' "$api"
check "HTTPS: the API sends Strict-Transport-Security" has '^strict-transport-security: ' "$api"
check "HTTPS: GET /api/v1/modules without login 401" \
  test "$(curl -sk -o /dev/null -w '%{http_code}' "$https/api/v1/modules")" = 401
check "HTTPS: TLS 1.2 accepted" test "$(curl -sk -o /dev/null -w '%{http_code}' --tlsv1.2 --tls-max 1.2 "$https/login")" = 200
check "HTTPS: TLS 1.3 accepted" test "$(curl -sk -o /dev/null -w '%{http_code}' --tlsv1.3 "$https/login")" = 200
# TLS 1.1 must be refused by Jetty (protocols.included); OpenSSL offers it only at security level 0, if at all
tls11=$(openssl s_client -connect localhost:20443 -tls1_1 -cipher 'DEFAULT@SECLEVEL=0' </dev/null 2>&1 || true)
if grep -qi "no protocols available\|unknown option\|wrong version number.*client" <<<"$tls11"; then
  echo "| HTTPS: TLS 1.1 refused | not tried: this OpenSSL cannot offer TLS 1.1 | |"
else
  refused() { grep -q 'Cipher is (NONE)' <<<"$tls11" && grep -qi 'alert protocol version\|handshake failure' <<<"$tls11"; }
  check "HTTPS: TLS 1.1 refused" refused
  refused || { echo "openssl said:"; head -5 <<<"$tls11"; }
fi

plain=$(heads "$http/login")
check "HTTP: login page 200" has '^HTTP/[0-9.]* 200' "$plain"
check "HTTP: no Strict-Transport-Security" hasnt '^strict-transport-security:' "$plain"
c=$(cookie "$plain")
plain_cookie() { has '; *HttpOnly' "$c" && hasnt '; *Secure' "$c"; }
check "HTTP: session cookie HttpOnly, not Secure ($c)" plain_cookie

fwd=$(heads -H 'X-Forwarded-Proto: https' -H 'X-Forwarded-For: 203.0.113.9' "$http/login")
check "proxy setting off: X-Forwarded-Proto not trusted (no HSTS)" hasnt '^strict-transport-security:' "$fwd"

echo "org.apache.felix.proxy.load.balancer.connection.enable = true" >>"$cfg"
for _ in $(seq 1 60); do # Jetty restarts with the new configuration
  fwd=$(heads -H 'X-Forwarded-Proto: https' -H 'X-Forwarded-For: 203.0.113.9' "$http/login")
  has '^strict-transport-security:' "$fwd" && break
  sleep 1
done
check "proxy setting on: X-Forwarded-Proto: https gives HSTS" has '^strict-transport-security: max-age=31536000$' "$fwd"
c=$(cookie "$fwd")
secure_cookie() { has '; *Secure' "$c" && has '; *HttpOnly' "$c"; }
check "proxy setting on: session cookie Secure, HttpOnly ($c)" secure_cookie
check "proxy setting on: plain HTTP without the header still plain (no HSTS)" hasnt '^strict-transport-security:' "$(heads "$http/login")"
check "proxy setting on: HTTPS API still answers" \
  test "$(curl -sk -o /dev/null -w '%{http_code}' -u admin:admin "$https/api/v1/modules")" = 200
grep -q "ERROR" "$home/data/log/karaf.log" && { echo; echo "ERROR lines in karaf.log:"; grep "ERROR" "$home/data/log/karaf.log" | head -5; }
exit $failed
