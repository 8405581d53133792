#!/usr/bin/env bash
# `npm test`: the spell and type checks and the unit tests run beside the browser tests, whose start
# (building the site) and end (the last long tests) leave a core idle on a small machine. Their
# output is held back and printed whole when the browser tests end; any part failing fails the run.
set -u
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

npm run --silent checks > "$logs/checks" 2>&1 &
checks=$!
npm run --silent test:unit > "$logs/unit" 2>&1 &
unit=$!
npm run --silent test:browser
browser=$?
wait "$checks"
checks_status=$?
wait "$unit"
unit_status=$?

echo
echo "── Spell and type checks (npm run checks): exit $checks_status"
cat "$logs/checks"
echo "── Unit tests (npm run test:unit): exit $unit_status"
cat "$logs/unit"
echo "── Browser tests (npm run test:browser): exit $browser"
[ "$checks_status" -eq 0 ] && [ "$unit_status" -eq 0 ] && [ "$browser" -eq 0 ]
