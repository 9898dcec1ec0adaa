#!/usr/bin/env bash
# Runs the whole Detente test suite. Installs and starts what the tests need, then prints a summary line
# "tests: N passed, N failed, N skipped".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

for setup in "$root"/scripts/test-setup.d/*.sh; do
  [ -f "$setup" ] || continue
  # shellcheck source=/dev/null
  . "$setup" || { echo "test.sh: setup step $(basename "$setup") failed" >&2; exit 1; }
done

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
dotnet build Detente.sln -c Release -nologo -v quiet -clp:NoSummary || { echo "tests: 0 passed, 1 failed (build failed)"; exit 1; }
dotnet test Detente.sln -c Release --no-build -nologo -v quiet \
  --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); passed=$((passed + ${p:-0}))
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); failed=$((failed + ${f:-0}))
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters"); skipped=$((skipped + ${n:-0}))
done
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
exit "$status"
