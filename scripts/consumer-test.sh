#!/usr/bin/env bash
# Packs the package, installs the tarball into a fresh project and uses it the way a consumer would:
# ESM import, CommonJS require, the cailiang/node and cailiang/rules entries, and the CLI from node_modules/.bin.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "./$tarball" >/dev/null
cp "$root/examples/demo-case.json" case.json

cat > esm.mjs <<'JS'
import { compile, evaluate, loadRuleSet, compileEditions } from "cailiang";
import { yrd2023, yrd2025 } from "cailiang/rules";
import { loadRuleSetFromDir } from "cailiang/node";
import { readFileSync } from "node:fs";
const input = JSON.parse(readFileSync("case.json", "utf8"));
const o = evaluate(compile(loadRuleSet(yrd2023)), input);
if (o.disposition !== "penalty" || !o.fine) throw new Error("unexpected ESM outcome " + JSON.stringify(o));
const e = evaluate(compileEditions([loadRuleSet(yrd2023), loadRuleSet(yrd2025)]), input);
if (e.ruleSet.id !== "yrd-2023") throw new Error("edition choice failed");
const fromDir = loadRuleSetFromDir("node_modules/cailiang/rules/yrd-2025", { lawsDir: false });
if (fromDir.matters.length < 40) throw new Error("directory load failed");
console.log("esm ok", o.tier.id, o.fine.min + "–" + o.fine.max);
JS
cat > cjs.cjs <<'JS'
const { compile, evaluate, loadRuleSet, CailiangError } = require("cailiang");
const { yrd2025 } = require("cailiang/rules");
const { readLaws } = require("cailiang/node");
const compiled = compile(loadRuleSet(yrd2025));
try {
  evaluate(compiled, { matter: "cityscape.nothing" });
  throw new Error("expected a rejection");
} catch (error) {
  if (!(error instanceof CailiangError) || error.issues.length === 0) throw error;
}
if (typeof readLaws !== "function") throw new Error("cailiang/node missing");
console.log("cjs ok");
JS
cat > errors.mjs <<'JS'
// One copy of each error class across the entries: an error thrown by cailiang/node is instanceof the classes of cailiang.
import { CailiangError, RuleSetError } from "cailiang";
import { loadRuleSetFromDir } from "cailiang/node";
import { mkdirSync, writeFileSync } from "node:fs";
mkdirSync("broken/matters", { recursive: true });
writeFileSync("broken/edition.json", "{}");
try {
  loadRuleSetFromDir("broken", { lawsDir: false });
  throw new Error("expected a RuleSetError");
} catch (error) {
  if (!(error instanceof RuleSetError)) throw new Error("not instanceof RuleSetError from cailiang: " + error);
  if (!(error instanceof CailiangError)) throw new Error("not instanceof CailiangError from cailiang");
}
console.log("esm errors ok");
JS
cat > errors.cjs <<'JS'
const { CailiangError, RuleSetError } = require("cailiang");
const { loadRuleSetFromDir } = require("cailiang/node");
try {
  loadRuleSetFromDir("broken", { lawsDir: false });
  throw new Error("expected a RuleSetError");
} catch (error) {
  if (!(error instanceof RuleSetError) || !(error instanceof CailiangError)) throw new Error("cjs: not instanceof the classes of cailiang: " + error);
}
console.log("cjs errors ok");
JS
node esm.mjs
node cjs.cjs
node errors.mjs
node errors.cjs
# json-rules-engine is an optional peer, needed only by cailiang/reference: the other entries load without it.
if [ -d node_modules/json-rules-engine ]; then echo "json-rules-engine was installed for a consumer who did not ask for it"; exit 1; fi
# The tarball carries the licence and the law texts, and no source maps.
test -f node_modules/cailiang/LICENSE
test -f node_modules/cailiang/rules/laws/cn-administrative-penalty-law-2021.md
if ls node_modules/cailiang/dist/*.map >/dev/null 2>&1; then echo "source maps in the package"; exit 1; fi
npx --no-install cailiang evaluate case.json --json > outcome.json
node -e 'const o=require("./outcome.json"); if (!o.tier || !o.citations.length) { console.error(o); process.exit(1) } console.log("cli ok", o.ruleSet.id, o.tier.id)'
npx --no-install cailiang validate node_modules/cailiang/rules/yrd-2025 | grep -q "every citation verbatim"
npx --no-install cailiang validate yrd-2023 | grep -q "every citation verbatim"
npx --no-install cailiang --version | grep -qx "$(node -p 'require("./node_modules/cailiang/package.json").version')"
# The service runs from the installed package (its runtime dependencies resolve) and stops on SIGTERM.
node_modules/.bin/cailiang serve --port 0 2> serve.log &
pid=$!
url=""
for _ in $(seq 1 100); do
  url="$(grep -o 'http://127.0.0.1:[0-9]*' serve.log | head -n 1 || true)"
  [ -n "$url" ] && break
  sleep 0.2
done
node -e 'fetch(process.argv[1] + "/healthz").then((r) => r.json()).then((j) => { if (j.status !== "ok") process.exit(1); console.log("serve ok", j.editions.join(",")) })' "$url"
kill -TERM "$pid"
wait "$pid"
echo "consumer test: ok"
