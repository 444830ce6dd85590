# Sourced by mvnw and .ci/run (POSIX sh). Corroborate needs a JDK 21 or newer; many machines have an
# older default java. Keep JAVA_HOME when it is a JDK 21+, else take the newest JDK 21+ found under the
# usual install folders. Prints nothing when all is well.
corroborate_jdk_major() {
  # the feature number of the JDK in $1 (21, 25...), or 0
  if [ -f "$1/release" ] && [ -x "$1/bin/javac" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release")
    echo "${v:-0}"
  else
    echo 0
  fi
}
if [ -z "${JAVA_HOME-}" ] || [ "$(corroborate_jdk_major "$JAVA_HOME")" -lt 21 ]; then
  corroborate_best=""
  corroborate_best_major=0
  case $- in *f*) corroborate_noglob=1; set +f ;; *) corroborate_noglob=0 ;; esac
  for corroborate_dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$corroborate_dir" ] || continue
    corroborate_major=$(corroborate_jdk_major "$corroborate_dir")
    if [ "$corroborate_major" -ge 21 ] && [ "$corroborate_major" -gt "$corroborate_best_major" ]; then
      corroborate_best="$corroborate_dir"
      corroborate_best_major=$corroborate_major
    fi
  done
  [ "$corroborate_noglob" = 1 ] && set -f
  if [ -n "$corroborate_best" ]; then
    JAVA_HOME="$corroborate_best"
    export JAVA_HOME
  fi
fi
