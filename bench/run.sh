#!/usr/bin/env bash
# Benchmark: factx against plain CoreNLP on the first N corpus articles, in one run.
# Usage: bench/run.sh [-n 40] [-j 2] [--skip-corenlp]. Builds first; takes several minutes.
set -euo pipefail
home=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (/usr/bin/time; apt-get install time)" >&2; exit 1; }
(cd "$home" && mvn -q -B -DskipTests package)
# bin/factx makes its start-up archive once per build: not part of what is measured.
"$home/bin/factx" --version >/dev/null
exec python3 "$home/bench/bench.py" "$@"
