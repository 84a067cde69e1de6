#!/bin/sh
# Writes test/plan/sample-reference.json: the sha256 of plan's five outputs on the bundled sample, as built at REV
# (default HEAD). Run it again after a change that is meant to change those outputs:
#   sh test/plan/reference.sh [REV]
set -eu
rev=${1:-HEAD}
root=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$tmp/src" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git -C "$root" worktree add --detach "$tmp/src" "$rev" >/dev/null 2>&1
ln -s "$root/node_modules" "$tmp/src/node_modules"
(cd "$tmp/src" && npx tsc -p tsconfig.json)
# The config in a folder of its own, as the test writes it: summary.json names a history inside the config's folder
# relative to it, one outside by its absolute path (here the checkout's, written as <root>).
mkdir "$tmp/cfg"
# The bundled config with an hour's time limit: on a loaded machine the 60 s limit can stop the solver short of
# the optimum, and the roster would then depend on the load.
node -e '
const [src, out] = process.argv.slice(1);
const c = JSON.parse(require("fs").readFileSync(src + "/data/peakplan.config.json", "utf8"));
c.history = src + "/data/tickets.csv"; c.agents = src + "/data/agents.csv"; c.schedule.timeLimitSeconds = 3600;
require("fs").writeFileSync(out, JSON.stringify(c));' "$tmp/src" "$tmp/cfg/config.json"
node "$tmp/src/bin/peakplan.js" plan --config "$tmp/cfg/config.json" --today 2026-11-01 --out-dir "$tmp/out" --quiet >/dev/null 2>&1
commit=$(git -C "$root" rev-parse --short "$rev")
{
  printf '{\n  "$comment": "sha256 of plan --today 2026-11-01 on the bundled sample (time limit 3600 s), built at %s; regenerate with sh test/plan/reference.sh REV",\n  "commit": "%s",\n  "files": {\n' "$commit" "$commit"
  sep=""
  for f in forecast.csv requirements.csv roster.csv report.html summary.json; do
    # summary.json names the history file by its absolute path: the checkout's folder is written as <root>.
    printf '%s    "%s": "%s"' "$sep" "$f" "$(sed "s#$tmp/src#<root>#g" "$tmp/out/$f" | sha256sum | cut -d' ' -f1)"
    sep=",
"
  done
  printf '\n  }\n}\n'
} > "$root/test/plan/sample-reference.json"
echo "wrote test/plan/sample-reference.json for $commit"
