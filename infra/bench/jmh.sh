#!/usr/bin/env bash
# The CPU parts the HTTP benchmark cannot isolate, measured with JMH (infra/bench/jmh): record
# encryption, a 20-record page as JSON, access-token verification. From the repository root:
#   bash infra/bench/jmh.sh                 # every benchmark, 1 fork, 3 warm-up and 5 measured 2-s iterations
#   bash infra/bench/jmh.sh AeadBench -i 10 # a pattern and JMH's own options (they override the defaults)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
java_home=${JAVA_HOME:-}
if [[ -z $java_home || $("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}') -lt 21 ]]; then
    java_home=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export JAVA_HOME=$java_home
cd "$root"
./mvnw -q -B -ntp package -pl infra/bench/jmh -am -DskipTests -Djacoco.skip=true
classpath=$(cat infra/bench/jmh/target/classpath.txt):infra/bench/jmh/target/classes
# Short defaults for this 2-core machine (JMH's own are 5 forks of 5+5 ten-second iterations);
# options given after them override them.
exec "$JAVA_HOME/bin/java" -cp "$classpath" org.openjdk.jmh.Main -f 1 -wi 3 -w 2s -i 5 -r 2s "$@"
