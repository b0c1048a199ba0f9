/**
 * The playground shows the credit consequences under the outcome, with the library's dates, in headless Chromium
 * (Debian's /usr/bin/chromium through playwright-core), served from 127.0.0.1 only.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assumedDecision,
  compileEditions,
  credit,
  evaluate,
  loadCreditPolicy,
  loadRuleSet,
  type CaseInput,
  type CompiledEditions,
} from "../../src/index.js";
import { policies, yrd2023, yrd2025 } from "../../src/rules.js";
import { buildPlayground, defaultOut, root } from "../../scripts/site/build-playground.js";
import { serveStatic, type StaticServer } from "./server.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
const ci = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";

const newest = (p: string): number =>
  !existsSync(p)
    ? 0
    : statSync(p).isDirectory()
      ? Math.max(0, ...readdirSync(p).map((f) => newest(join(p, f))))
      : statSync(p).mtimeMs;

const fixture = (
  JSON.parse(readFileSync(join(root, "fixtures", "credit", "law.json"), "utf8")) as { case: CaseInput }[]
)[0]!.case;

describe.skipIf(!existsSync(CHROMIUM) && !ci)("playground credit consequences in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const bundle = join(defaultOut, "playground.js");
    const sources = ["docs/playground", "src", "rules/laws", "scripts/site/build-playground.ts"].map((p) =>
      newest(join(root, p)),
    );
    if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...sources)) await buildPlayground();
    server = await serveStatic(join(root, "docs", "site"));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows whether the decision is recorded and the publicity window the library computes", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const problems: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      problems.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on("pageerror", (e) => problems.push(e.message));
    const params = new URLSearchParams({ case: JSON.stringify(fixture), edition: "auto", lang: "zh" });
    await page.goto(`${server.url}playground/#${params}`);
    await page.waitForSelector("body[data-ready=true]");
    const shown = await page.evaluate(() => {
      const block = document.querySelector<HTMLElement>("[data-testid=credit]");
      const pub = document.querySelector<HTMLElement>("[data-testid=credit-publicity]");
      return {
        recordable: block?.dataset.recordable,
        level: block?.dataset.level,
        publicity: pub ? [pub.dataset.from, pub.dataset.earliestEnd, pub.dataset.latestEnd] : null,
        modelled: block?.querySelectorAll(".status-modelled").length ?? 0,
      };
    });
    const editions: CompiledEditions = compileEditions([loadRuleSet(yrd2023), loadRuleSet(yrd2025)]); // a fixture read from JSON: the general CaseInput
    const outcome = evaluate(editions, fixture);
    const expected = credit(
      Object.values(policies).map((p) => loadCreditPolicy(p.credit)),
      outcome,
      assumedDecision(fixture, outcome).decision,
    );
    expect(shown.recordable).toBe(String(expected.recordable));
    expect(shown.level).toBe(expected.level!.id);
    expect(shown.publicity).toEqual([
      expected.publicity!.from,
      expected.publicity!.earliestEnd,
      expected.publicity!.latestEnd,
    ]);
    // 2025-09-01 + 3 months / + 3 years (令58号 as applied), written by hand:
    expect(shown.publicity).toEqual(["2025-09-01", "2025-12-01", "2028-09-01"]);
    expect(shown.modelled).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
