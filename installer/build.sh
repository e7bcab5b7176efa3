#!/usr/bin/env bash
# Builds the self-contained application: installer/build.sh app-image | deb
# The image carries a trimmed runtime made by jlink, so an analyst needs no JDK.
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-app-image}"
case "$kind" in app-image|deb) ;; *) echo "usage: installer/build.sh app-image|deb" >&2; exit 2 ;; esac

name="RiskWorkbench"
# The project's version is the pom's first <version> element.
version="$(awk -F'[<>]' '/<version>/ {print $3; exit}' pom.xml)"
version="${version%%-*}"
[ -f target/risk-workbench.jar ] || mvn -B -q package -DskipTests

work=target/installer-work
out=target/installer
rm -rf "$work"
[ "$kind" = app-image ] && rm -rf "${out:?}/$name"
mkdir -p "$work/input" "$work/fx" "$out"
cp target/risk-workbench.jar "$work/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) cp "$jar" "$work/fx/" ;;   # the platform jars go on the module path
    javafx-*.jar) ;;                               # the empty classifier-less jars are not needed
    *) cp "$jar" "$work/input/" ;;
  esac
done

# Modules of the runtime: what `jdeps --print-module-deps --ignore-missing-deps` reports for the
# program and its libraries, plus the service providers jdeps cannot see: jdk.localedata (Chinese
# number and date formats), jdk.charsets (GBK tapes), jdk.crypto.ec (TLS to a team database) and
# jdk.zipfs; and the JavaFX modules.
modules="java.base,java.compiler,java.desktop,java.scripting,java.security.jgss,java.sql,java.xml.crypto,jdk.jfr,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs,javafx.base,javafx.graphics,javafx.controls,javafx.fxml"

common=(
  --name "$name"
  --app-version "$version"
  --vendor "Risk Workbench"
  --description "Credit-risk analysis of micro-lending portfolios"
  --input "$work/input"
  --main-jar risk-workbench.jar
  --main-class com.riskworkbench.app.Launcher
  --module-path "$work/fx"
  --add-modules "$modules"
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands"
  --java-options "-XX:MaxRAMPercentage=60 -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true"
  --icon installer/icon.png
  --dest "$out"
)

if [ "$kind" = app-image ]; then
  jpackage --type app-image "${common[@]}"
  echo "built $out/$name ($(du -sh "$out/$name" | cut -f1))"
else
  jpackage --type deb "${common[@]}" \
    --linux-package-name risk-workbench \
    --linux-app-category Office \
    --linux-menu-group "Office;Finance" \
    --linux-shortcut \
    --linux-package-deps "libgtk-3-0, fonts-noto-cjk" \
    --file-associations installer/portfolio-association.properties \
    --resource-dir installer/deb-resources
  echo "built $(ls "$out"/*.deb) ($(du -sh "$out"/*.deb | cut -f1))"
fi
