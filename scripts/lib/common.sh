# Shared by every script: find a JDK >= 21, build the jar when sources changed, run a command.
# Sourced, not executed.

WENXIAN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WENXIAN_JAR="$WENXIAN_ROOT/target/wenxian.jar"
WENXIAN_MIN_JAVA=21

# Prints the major version of the java binary given, or nothing.
java_major() {
  local version
  version=$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')
  version=${version%%.*}
  [[ "$version" =~ ^[0-9]+$ ]] && echo "$version"
}

# Sets JAVA_HOME and JAVA to a JDK >= 21: $JAVA_HOME, then java on the PATH, then /usr/lib/jvm/*.
select_java() {
  local candidates=() c major
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for c in /usr/lib/jvm/*; do
    [[ -d "$c" ]] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    if [[ -x "$c/bin/java" && -x "$c/bin/javac" ]]; then
      major=$(java_major "$c/bin/java")
      if [[ -n "$major" && "$major" -ge $WENXIAN_MIN_JAVA ]]; then
        export JAVA_HOME="$c"
        JAVA="$c/bin/java"
        return 0
      fi
    fi
  done
  echo "error: Wenxian needs a JDK $WENXIAN_MIN_JAVA or newer (Lucene 10 requires it), and none was found." >&2
  echo "       Looked at \$JAVA_HOME, java on the PATH and /usr/lib/jvm/*." >&2
  echo "       Install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
  exit 2
}

# Builds target/wenxian.jar when it is missing or older than pom.xml or any source file.
ensure_built() {
  if [[ -f "$WENXIAN_JAR" ]] && [[ -z "$(find "$WENXIAN_ROOT/pom.xml" "$WENXIAN_ROOT/src/main" -newer "$WENXIAN_JAR" -print -quit)" ]]; then
    return 0
  fi
  echo "building Wenxian (first run, or sources changed)..." >&2
  (cd "$WENXIAN_ROOT" && ./mvnw -q -B -DskipTests package) >&2 || {
    echo "error: the build failed; see the Maven output above" >&2
    exit 2
  }
}

# Points WENXIAN_JAR at a copy of the jar named by its content, for a process that runs for long:
# the next build rewrites target/wenxian.jar in place, and a JVM still reading the old one then
# fails to load classes (a server stuck at shutdown, or worse). Older copies are removed; a server
# still running from one keeps reading it, as Unix keeps a removed file until it is closed.
snapshot_jar() {
  local dir="$WENXIAN_ROOT/target/run" sum snapshot
  sum=$(sha1sum "$WENXIAN_JAR" | cut -c1-12)
  snapshot="$dir/wenxian-$sum.jar"
  if [[ ! -f "$snapshot" ]]; then
    mkdir -p "$dir"
    find "$dir" -name 'wenxian-*.jar' -delete
    # A temporary name of this process's own: two servers started at once each copy, then rename.
    cp "$WENXIAN_JAR" "$snapshot.tmp.$$" && mv -f "$snapshot.tmp.$$" "$snapshot"
  fi
  WENXIAN_JAR="$snapshot"
}

# Runs a Wenxian command from the jar with the arguments given.
run_wenxian() {
  # Relative paths given by the user stay relative to where they are; the defaults are the project's.
  exec "$JAVA" --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
    -Dwenxian.root="$WENXIAN_ROOT" ${WENXIAN_JAVA_OPTS:-} -jar "$WENXIAN_JAR" "$@"
}
