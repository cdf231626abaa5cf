#!/bin/sh
# CTest wrapper for the field's conformance suites and dictionary load checks.
#   run_conformance.sh ENTENTE conformance tabari|petrarch FILE [flags...]
#   run_conformance.sh ENTENTE dict check FILE... [flags...]
# The suites live in ../shared (not part of this repository): when a file named on the
# command line is missing, the test is skipped (exit 77, the tests' SKIP_RETURN_CODE).
bin=$1
shift
for arg in "$@"; do
  case "$arg" in
    /*) if [ ! -e "$arg" ]; then echo "skipped: $arg not found (../shared absent)"; exit 77; fi ;;
  esac
done
exec "$bin" "$@"
