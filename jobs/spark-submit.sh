#!/usr/bin/env bash
# Runs one `barometre` subcommand on a Spark 3.5 cluster with the project's cluster jar.
#
#   jobs/spark-submit.sh [SPARK-SUBMIT OPTIONS...] -- SUBCOMMAND [OPTIONS...]
#   jobs/spark-submit.sh SUBCOMMAND [OPTIONS...]
#
# e.g. SPARK_MASTER=spark://host:7077 jobs/spark-submit.sh run --vintage 2024-S2 \
#        --releves hdfs:///barometre/releves --lake hdfs:///barometre/lake ...
#      jobs/spark-submit.sh --deploy-mode client --executor-memory 4g -- export --table events ...
#
# Environment (all optional):
#   SPARK_MASTER    the cluster's URL (spark://, yarn, k8s://...); default: spark-submit's own
#                   (spark-defaults.conf, or local[*]).
#   SPARK_HOME      a Spark 3.5 / Scala 2.12 installation. When it has no bin/spark-submit (e.g. a
#                   folder with an empty jars/), SparkSubmit is started from SPARK_DIST_CLASSPATH, or
#                   from the Maven build's target/runtime-classpath.txt: no Spark install needed.
#   BAROMETRE_JAR   the cluster jar; default: target/barometre-*-cluster.jar (built by `mvn package`).
#   BAROMETRE_CONF  the HOCON file the driver reads (passed as the subcommand's --conf); default:
#                   conf/cluster.conf; ignored when the subcommand's options already have a --conf.
# The driver and executors get Spark's Java 17 module flags from target/jvm-options.txt (written by
# the build), or from BAROMETRE_JVM_OPTIONS.
# Exit status: the subcommand's (0 ok, 1 failure, 2 bad command line or configuration, 3 unreadable
# input), or 2 when this script cannot find the jar or the flags.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

die() { echo "spark-submit.sh: $*" >&2; exit 2; }

submit_opts=()
if [[ " $* " == *" -- "* ]]; then
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do submit_opts+=("$1"); shift; done
  shift
fi
[ $# -gt 0 ] || die "no subcommand (usage: jobs/spark-submit.sh [SPARK-SUBMIT OPTIONS... --] SUBCOMMAND [OPTIONS...])"

jar="${BAROMETRE_JAR:-}"
if [ -z "$jar" ]; then
  # The newest cluster jar of the build (one version normally; the newest if several linger).
  jar="$(ls -t "$here"/target/barometre-*-cluster.jar 2>/dev/null | head -n 1 || true)"
fi
[ -n "$jar" ] && [ -f "$jar" ] || die "no cluster jar (run: mvn -B package -DskipTests, or set BAROMETRE_JAR)"

jvm_options="${BAROMETRE_JVM_OPTIONS:-}"
if [ -z "$jvm_options" ]; then
  [ -f "$here/target/jvm-options.txt" ] || die "no target/jvm-options.txt (run: mvn -B package -DskipTests)"
  jvm_options="$(cat "$here/target/jvm-options.txt")"
fi

# The cluster configuration, unless the command line brings its own (--conf twice is an error).
conf_args=()
conf="${BAROMETRE_CONF-$here/conf/cluster.conf}"
for a in "$@"; do
  case "$a" in --conf | --conf=*) conf="" ;; esac
done
case "$1" in help | --help) conf="" ;; esac
if [ -n "$conf" ]; then
  [ -f "$conf" ] || die "configuration file not found: $conf"
  conf_args=(--conf "$conf")
fi

master_args=()
[ -z "${SPARK_MASTER:-}" ] || master_args=(--master "$SPARK_MASTER")

# The subcommand's own options come after its name; --conf goes last so that the command's
# option parser sees it like any other.
app_args=("$@" "${conf_args[@]}")
spark_args=(
  "${master_args[@]}"
  --name "barometre-$1"
  --class fr.barometre.cli.Barometre
  --conf "spark.driver.extraJavaOptions=$jvm_options"
  --conf "spark.executor.extraJavaOptions=$jvm_options"
  "${submit_opts[@]}"
  "$jar" "${app_args[@]}"
)

if [ -n "${SPARK_HOME:-}" ] && [ -x "$SPARK_HOME/bin/spark-submit" ]; then
  exec "$SPARK_HOME/bin/spark-submit" "${spark_args[@]}"
fi

# No Spark installation: start SparkSubmit ourselves, the way bin/spark-class would (it is the
# driver in client mode, so it needs the module flags on its own command line).
classpath="${SPARK_DIST_CLASSPATH:-}"
if [ -z "$classpath" ]; then
  [ -f "$here/target/runtime-classpath.txt" ] || die "no SPARK_HOME/bin/spark-submit and no target/runtime-classpath.txt (run: mvn -B package -DskipTests)"
  classpath="$(cat "$here/target/runtime-classpath.txt")"
fi
[ -z "${SPARK_HOME:-}" ] || classpath="$SPARK_HOME/jars/*:$classpath"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
# shellcheck disable=SC2086 # the flags are a space-separated list on purpose
exec java ${BAROMETRE_DRIVER_JAVA_OPTS:-} $jvm_options \
  -Dlog4j2.configurationFile="${BAROMETRE_LOG4J:-$here/conf/log4j2.properties}" \
  -cp "$classpath" org.apache.spark.deploy.SparkSubmit "${spark_args[@]}"
