# Sourced by ./storyline, ./run-tests and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer.
# Order: $JAVA_HOME if new enough, then `java` on the PATH, then the JVMs installed under
# /usr/lib/jvm (newest first), so a machine whose default is JDK 17 still builds.

storyline_java_major() {  # prints the feature version of the JDK at $1, or 0
  local release="$1/release" v
  if [ -f "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release")
  fi
  if [ -z "${v:-}" ] && [ -x "$1/bin/java" ]; then
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n1)
  fi
  echo "${v:-0}"
}

storyline_find_jdk() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(storyline_java_major "$JAVA_HOME")" -ge 21 ]; then
    return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if [ "$(storyline_java_major "$candidate")" -ge 21 ]; then
      export JAVA_HOME="$candidate"; return 0
    fi
  fi
  for candidate in $(ls -d /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* 2>/dev/null | sort -rV); do
    [ -x "$candidate/bin/javac" ] || continue
    if [ "$(storyline_java_major "$candidate")" -ge 21 ]; then
      export JAVA_HOME="$(readlink -f "$candidate")"; return 0
    fi
  done
  echo "storyline: no JDK 21 or newer found (looked at JAVA_HOME, the PATH and /usr/lib/jvm). Install one, or set JAVA_HOME." >&2
  return 1
}

storyline_find_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.8's bundled Guava calls sun.misc.Unsafe, which JDK 24+ warns about on every build.
if [ "$(storyline_java_major "$JAVA_HOME")" -ge 24 ]; then
  case " ${MAVEN_OPTS:-} " in *unsafe-memory-access*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
fi
