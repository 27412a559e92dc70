#!/usr/bin/env bash
# Publish the API baseline: build the API bundles of a released commit and deploy their jars into baseline/ as VERSION,
# replacing the previous baseline, then set <baseline.version> in the root pom. See baseline/README.md.
#
#   baseline/publish.sh VERSION [REF]
#     VERSION  the release the jars stand for, e.g. 0.2.0
#     REF      the commit or tag of that release (default HEAD); only committed files are built
#   MVN_ARGS   extra Maven arguments for the builds, e.g. MVN_ARGS=-o to build offline (deploy-file never runs offline,
#              but it only writes to baseline/)
set -euo pipefail

version=${1:?usage: baseline/publish.sh VERSION [REF]}
ref=${2:-HEAD}
root=$(cd "$(dirname "$0")/.." && pwd)
repo=$root/baseline
# Embedded jars kept in the baseline copy of a bundle that embeds libraries (the UI shell embeds Vaadin): the API's
# classes extend Vaadin's (ChartBox is a VerticalLayout), and bnd compares the members they inherit too.
keep_embedded='flow-*.jar vaadin-*.jar'
read -r -a mvn_args <<< "${MVN_ARGS:-}"
mvn=(mvn -B -q "${mvn_args[@]}")

work=$(mktemp -d "${TMPDIR:-/tmp}/planverk-baseline.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== sources of $ref ($(git -C "$root" rev-parse --short "$ref")) in $work"
git -C "$root" archive "$ref" | tar -x -C "$work"

# The API bundles: every module with a package-info.java that carries @Export.
modules=$(cd "$work" && grep -rlE --include=package-info.java '^@Export' platform ui modules \
  | sed 's:/src/main/java/.*::' | sort -u)
list=$(echo $modules | tr ' ' ',')
echo "== API bundles: $list"

echo "== build (package, nothing installed)"
"${mvn[@]}" -f "$work/pom.xml" package -DskipTests -pl "$list" -am

project_version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$work/pom.xml" | head -1)
rm -rf "$repo/no"   # one baseline at a time: the previous release's jars go
for m in $modules; do
  artifact=$(sed -n 's:^  <artifactId>\(.*\)</artifactId>$:\1:p' "$work/$m/pom.xml" | head -1)
  jar=$work/$m/target/$artifact-$project_version.jar
  [ -f "$jar" ] || { echo "no jar $jar" >&2; exit 1; }
  manifest=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed ':a;N;$!ba;s/\n //g')
  if echo "$manifest" | grep -q '^Bundle-ClassPath:.*\.jar'; then
    # Keep what bnd needs to compare the API: the manifest, the bundle's own classes and the kept embedded jars;
    # leave out the rest (the UI shell's frontend bundle and other libraries: 16 MB down to about 3.5 MB).
    slim=$work/slim/$artifact && mkdir -p "$slim" && (cd "$slim" && unzip -q "$jar" 'META-INF/MANIFEST.MF' 'no/*' $keep_embedded || [ $? -eq 11 ])
    (cd "$slim" && zip -q -X -r "$work/$artifact.jar" META-INF/MANIFEST.MF no $(ls $keep_embedded 2>/dev/null))
    jar=$work/$artifact.jar
  fi
  echo "== $artifact $version <- $(basename "$jar") ($(du -k "$jar" | cut -f1) kB)"
  # A generated pom with just the coordinates: deploy-file would otherwise take the module's own pom from inside the jar,
  # whose version (the snapshot, from its parent) is not VERSION.
  pom=$work/deploy/$artifact.pom && mkdir -p "$work/deploy"
  printf '%s\n' '<?xml version="1.0" encoding="UTF-8"?>' \
    '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>' \
    "  <groupId>no.planverk</groupId><artifactId>$artifact</artifactId><version>$version</version><packaging>jar</packaging>" \
    "  <description>API baseline: $artifact as released in $version (built from $(git -C "$root" rev-parse --short "$ref"))</description>" \
    '</project>' > "$pom"
  (cd "$work/deploy" && mvn -B -q org.apache.maven.plugins:maven-deploy-plugin:3.1.3:deploy-file -Durl="file://$repo" \
    -DgroupId=no.planverk -DartifactId="$artifact" -Dversion="$version" -Dpackaging=jar -Dfile="$jar" -DpomFile="$pom")
done

sed -i "s:<baseline.version>[^<]*</baseline.version>:<baseline.version>$version</baseline.version>:" "$root/pom.xml"

# Self-check: REF's API bundles must pass against the baseline just made (a trimmed jar that lost a class would not).
if grep -q bnd-baseline-maven-plugin "$work/pom.xml"; then
  echo "== self-check: $ref against the new baseline"
  "${mvn[@]}" -f "$work/pom.xml" verify -DskipTests -pl "$list" -am -Dbaseline.dir="$repo" -Dbaseline.version="$version"
else
  echo "== no self-check: $ref has no baseline check yet"
fi
echo "== done: commit baseline/ and pom.xml (<baseline.version>$version</baseline.version>)"
git -C "$root" status --short -- baseline pom.xml
