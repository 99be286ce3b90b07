#!/usr/bin/env bash
# The whole test suite, on a fresh machine too: installs what the tests need beyond npm when it is
# missing (Debian's chromium for the browser tests, redis-server for the Redis tests), then
# type-checks and runs vitest. Ends with a plain "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v redis-cli >/dev/null 2>&1 || missing+=(redis-tools)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
if ((${#missing[@]})); then
  echo "test: installing ${missing[*]} from Debian's packages"
  sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The lock file must install as it is (image builds and CI pipelines use npm ci): fail early when it has
# drifted from package.json. A fresh clone has no node_modules; a changed lock file means they are stale.
if ! npm ci --dry-run --ignore-scripts --no-audit --no-fund >/dev/null 2>&1; then
  echo "test: package-lock.json is out of sync with package.json (run npm install and commit the lock)" >&2
  exit 1
fi
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "test: installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

echo "test: type-checking"
npx tsc --noEmit

report=$(mktemp)
trap 'rm -f "$report"' EXIT
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + (r.numTodoTests ?? 0)} skipped`);
' "$report" || true
exit $status
