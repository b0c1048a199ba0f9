/**
 * The playground page in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core): the form
 * filled in for fixtures gives the library's outcome, a share link reproduces form and outcome, the comparison shows
 * a known difference, invalid input is reported at its field, and the page logs no error. Only 127.0.0.1 is used.
 *
 * Without Chromium the tests are skipped with a message, or fail when CI=true.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  compile,
  compileEditions,
  evaluate as evaluateTyped,
  loadRuleSet,
  localizeIssues,
  safeEvaluate,
  type CaseInput,
  type Evaluable,
  type EvaluateOptions,
  type Outcome,
} from "../../src/index.js";
import * as bundled from "../../src/rules.js";
import { buildPlayground, defaultOut, root } from "../../scripts/site/build-playground.js";
import { serveStatic, type StaticServer } from "./server.js";

/** Debian's Chromium; CHROMIUM_PATH overrides it (e.g. to check the missing-browser behaviour). */
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
const haveChromium = existsSync(CHROMIUM);
const artifacts = join(root, "test-artifacts");

const yrd2023 = compile(loadRuleSet(bundled.yrd2023));
// The cases here are loose data (fixtures, form contents), evaluated as the general CaseInput.
const evaluate = (target: Evaluable, c: object, options?: EvaluateOptions) =>
  evaluateTyped(target, c as CaseInput, options);
const allEditions = Object.values(bundled as Record<string, unknown>).filter(
  (v): v is typeof bundled.yrd2023 => !!v && typeof v === "object" && "edition" in v,
);
const byDate = allEditions.length > 1 ? compileEditions(allEditions.map((s) => loadRuleSet(s))) : yrd2023;

type Case = {
  matter: string;
  party: { type: "individual" | "unit"; age?: number; mentalState?: string };
  jurisdiction: string;
  occurredOn: string;
  endedOn?: string;
  discoveredOn: string;
  decidedOn?: string;
  facts: Record<string, string | number | boolean>;
  circumstances: string[];
  harm: string;
  correction: string;
  priorViolations: { matter: string; on: string; jurisdiction: string }[];
  noFaultProven?: boolean;
};

/** Fixtures of yrd-2023 chosen to exercise every kind of form control. */
function chooseFixtures(): { name: string; case: Case }[] {
  const dir = join(root, "fixtures", "yrd-2023");
  const all = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as { name: string; case: Case }[])
    .filter((e) => typeof e.case.matter === "string")
    .filter((e) => {
      try {
        evaluate(yrd2023, e.case);
        return true;
      } catch {
        return false;
      }
    });
  const facts = (e: { case: Case }) => Object.values(e.case.facts);
  const wanted: [string, (e: { case: Case }) => boolean][] = [
    [
      "number fact and prior violations",
      (e) => facts(e).some((v) => typeof v === "number") && e.case.priorViolations.length > 0,
    ],
    ["boolean fact set", (e) => facts(e).some((v) => v === true)],
    ["circumstances", (e) => e.case.circumstances.length > 1],
    [
      "unit party with a money fact",
      (e) => e.case.party.type === "unit" && facts(e).some((v) => typeof v === "string" && /^\d/.test(v)),
    ],
    ["minor with age", (e) => e.case.party.age !== undefined && e.case.party.age < 18 && e.case.party.age >= 14],
    ["first-violation list applies", (e) => evaluate(yrd2023, e.case).firstViolation.applies === "shall"],
    ["may waive", (e) => evaluate(yrd2023, e.case).disposition === "may-waive"],
  ];
  const chosen: { name: string; case: Case }[] = [];
  for (const [, test] of wanted) {
    const hit = all.find((e) => test(e) && !chosen.includes(e));
    if (hit) chosen.push(hit);
  }
  return chosen;
}

/** Newest modification time of the files under the given paths. */
function newest(paths: string[]): number {
  let t = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const f of readdirSync(p)) visit(join(p, f));
    else t = Math.max(t, s.mtimeMs);
  };
  paths.forEach(visit);
  return t;
}

/** Builds the playground into docs/site/playground when it is missing or older than its sources. */
async function ensurePlayground(): Promise<void> {
  const bundle = join(defaultOut, "playground.js");
  const sources = [
    "docs/playground",
    "src",
    "rules/laws",
    "scripts/site/build-playground.ts",
    "scripts/site/playground-data.ts",
  ].map((p) => join(root, p));
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newest(sources)) return;
  await buildPlayground();
}

describe("playground sources", () => {
  it("type-check in a browser-only setting (DOM types, no Node types)", () => {
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    const r = spawnSync(process.execPath, [tsc, "-p", join(root, "docs", "playground")], { encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

const missing = `${CHROMIUM} is missing: the browser tests drive Debian's Chromium (apt-get install -y chromium)`;
if (!haveChromium && !ci) console.warn(`skipping the playground browser tests: ${missing}`);

describe.runIf(!haveChromium && ci)("playground in Chromium", () => {
  it("needs Chromium on CI", () => {
    throw new Error(missing);
  });
});

describe.skipIf(!haveChromium)("playground in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const problems: string[] = [];

  beforeAll(async () => {
    await ensurePlayground();
    server = await serveStatic(join(root, "docs", "site"));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "zh-CN" });
    // Never the network: anything but the local server is refused and reported.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith("data:")) return route.continue();
      problems.push(`request outside 127.0.0.1: ${url}`);
      return route.abort();
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // Each test reports only the errors of its own pages.
  beforeEach(() => {
    problems.length = 0;
  });

  /** Opens the playground (optionally with a hash) and waits until it has rendered. */
  async function open(hash = ""): Promise<Page> {
    const page = await context.newPage();
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
    });
    await page.goto(`${server.url}playground/${hash}`);
    await page.waitForSelector("body[data-ready=true]");
    return page;
  }

  const control = (page: Page, path: string) => page.locator(`[data-path="${path}"]`).first();

  /** Sets one control the way a person would: choose, tick or type. */
  async function set(page: Page, path: string, value: string | number | boolean): Promise<void> {
    const el = control(page, path);
    const tag = await el.evaluate((e) =>
      e.tagName === "INPUT" ? `input:${(e as HTMLInputElement).type}` : e.tagName.toLowerCase(),
    );
    if (tag === "select") await el.selectOption(String(value));
    else if (tag === "input:checkbox") await el.setChecked(value === true);
    else await el.fill(String(value));
    // A change may need data the page fetches first (another edition, or the case schemas for an invalid case).
    await page.waitForSelector("body[data-ready=true]");
  }

  /** Fills the whole form for a case under a chosen edition. */
  async function fill(page: Page, edition: string, c: Case): Promise<void> {
    await set(page, "edition", edition);
    await set(page, "occurredOn", c.occurredOn);
    await set(page, "matter", c.matter);
    await set(page, "jurisdiction", c.jurisdiction);
    await set(page, "party.type", c.party.type);
    if (c.party.age !== undefined) await set(page, "party.age", c.party.age);
    if (c.party.mentalState !== undefined) await set(page, "party.mentalState", c.party.mentalState);
    for (const [name, value] of Object.entries(c.facts)) await set(page, `facts.${name}`, value);
    await set(page, "discoveredOn", c.discoveredOn);
    if (c.endedOn) await set(page, "endedOn", c.endedOn);
    if (c.decidedOn) await set(page, "decidedOn", c.decidedOn);
    for (const id of c.circumstances) await page.locator(`input[data-path="circumstances"][value="${id}"]`).check();
    await set(page, "harm", c.harm);
    await set(page, "correction", c.correction);
    if (c.noFaultProven) await set(page, "noFaultProven", true);
    for (const [i, p] of c.priorViolations.entries()) {
      await page.locator('[data-action="add-prior"]').click();
      await set(page, `priorViolations.${i}.matter`, p.matter);
      await set(page, `priorViolations.${i}.on`, p.on);
      await set(page, `priorViolations.${i}.jurisdiction`, p.jurisdiction);
    }
  }

  /** What the page shows of an outcome, in the Outcome's own terms (once it has fetched what the case needs). */
  async function shown(page: Page) {
    await page.waitForSelector("body[data-ready=true]");
    return page.evaluate(() => {
      const get = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
      const fine = get("fine")!;
      const proc = get("procedure")!;
      return {
        disposition: get("disposition")!.dataset.value,
        tier: get("tier")!.dataset.value || null,
        fine: fine.dataset.min ? { min: fine.dataset.min, max: fine.dataset.max } : null,
        firstViolation: {
          applies: get("first-violation")!.dataset.value,
          listed: get("first-violation")!.dataset.listed === "true",
          unmet: [...document.querySelectorAll<HTMLElement>("[data-testid=unmet] .unmet-item")].map(
            (e) => e.dataset.id,
          ),
        },
        procedure: {
          simpleProcedure: proc.dataset.simple === "true",
          legalReview: proc.dataset.review === "true",
          hearing: proc.dataset.hearing === "true",
        },
        ruleSet: get("rule-set")!.dataset.value,
        citations: document.querySelectorAll("[data-testid=citations] li").length,
        traceSteps: document.querySelectorAll("[data-testid=trace] details").length,
      };
    });
  }

  const expected = (o: Outcome) => ({
    disposition: o.disposition,
    tier: o.tier?.id ?? null,
    fine: o.fine ? { min: o.fine.min, max: o.fine.max } : null,
    firstViolation: {
      applies: o.firstViolation.applies,
      listed: o.firstViolation.listed,
      unmet: o.firstViolation.unmet.map((u) => u.id),
    },
    procedure: o.procedure,
    ruleSet: o.ruleSet.id,
    citations: o.citations.length,
  });

  /** Every control's value, for comparing two pages. */
  const formValues = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>("#form [data-path]")].map((e) =>
        [
          e.dataset.path,
          e instanceof HTMLInputElement && e.type === "checkbox" ? `${e.value}:${e.checked}` : e.value,
        ].join("="),
      ),
    );

  const fixtures = chooseFixtures();

  it("has at least three fixtures to fill in", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    "fixture %s: the form gives the library's outcome",
    async (_name, fixture) => {
      const page = await open();
      await fill(page, "yrd-2023", fixture.case);
      const caseInUrl = JSON.parse(new URLSearchParams(new URL(page.url()).hash.slice(1)).get("case")!);
      expect(caseInUrl).toEqual(fixture.case);
      const outcome = evaluate(yrd2023, fixture.case);
      const got = await shown(page);
      expect({ ...got, traceSteps: undefined }).toEqual({ ...expected(outcome), traceSteps: undefined });
      expect(got.traceSteps).toBeGreaterThan(0);

      // The share link reproduces form and outcome in a new page.
      const again = await open(new URL(page.url()).hash);
      expect(await formValues(again)).toEqual(await formValues(page));
      expect(await shown(again)).toEqual(got);
      await again.close();
      await page.close();
      expect(problems).toEqual([]);
    },
  );

  it("chooses the edition by the date of the act by default (Art. 37), as compileEditions does", async () => {
    const fixture = fixtures[0]!;
    const page = await open();
    await fill(page, "auto", fixture.case);
    expect({ ...(await shown(page)), traceSteps: undefined }).toEqual({
      ...expected(evaluate(byDate, fixture.case)),
      traceSteps: undefined,
    });
    await page.close();
    expect(problems).toEqual([]);
  });

  it("compares jurisdictions: littering costs differently in Shanghai and Zhejiang", async () => {
    const littering: Case = {
      matter: "cityscape.littering",
      party: { type: "individual" },
      jurisdiction: "shanghai",
      occurredOn: "2024-05-10",
      discoveredOn: "2024-05-14",
      facts: { location: "ordinary" },
      circumstances: [],
      harm: "moderate",
      correction: "late",
      priorViolations: [],
    };
    const page = await open();
    await fill(page, "yrd-2023", littering);
    await page.locator('[data-action="compare-jurisdictions"]').click();
    expect(await control(page, "compare.jurisdiction").inputValue()).toBe("zhejiang");
    const sh = evaluate(yrd2023, littering);
    const zj = evaluate(yrd2023, { ...littering, jurisdiction: "zhejiang" });
    expect(sh.fine).not.toEqual(zj.fine);
    const fineRow = page.locator('[data-testid=compare] tr[data-row="fine"]');
    await expect.poll(() => fineRow.getAttribute("class")).toContain("diff");
    expect(await fineRow.locator(".side-a").textContent()).toContain(`${sh.fine!.min}–${sh.fine!.max}`);
    expect(await fineRow.locator(".side-b").textContent()).toContain(`${zj.fine!.min}–${zj.fine!.max}`);
    expect(Number(await page.locator("[data-testid=diff-count]").getAttribute("data-value"))).toBeGreaterThan(0);
    // The comparison is part of the link.
    const again = await open(new URL(page.url()).hash);
    expect(await again.locator('[data-testid=compare] tr[data-row="fine"]').getAttribute("class")).toContain("diff");
    await again.close();
    await page.close();
    expect(problems).toEqual([]);
  });

  it.runIf(allEditions.length > 1)(
    "compares editions: the same case under the other bundled edition, whatever its dates",
    async () => {
      const repeat: Case = {
        matter: "cityscape.littering",
        party: { type: "individual" },
        jurisdiction: "shanghai",
        occurredOn: "2025-03-02",
        discoveredOn: "2025-03-02",
        facts: { location: "ordinary" },
        circumstances: [],
        harm: "moderate",
        correction: "late",
        priorViolations: [
          { matter: "cityscape.littering", on: "2024-09-01", jurisdiction: "shanghai" },
          { matter: "cityscape.littering", on: "2025-01-10", jurisdiction: "zhejiang" },
        ],
      };
      const page = await open();
      await fill(page, "yrd-2023", repeat);
      await page.locator('[data-action="compare-editions"]').click();
      const other = await control(page, "compare.edition").inputValue();
      expect(other).not.toBe("yrd-2023");
      const a = evaluate(yrd2023, repeat);
      const b = evaluate(compile(loadRuleSet(allEditions.find((e) => loadRuleSet(e).edition.id === other)!)), repeat, {
        checkEffectiveDates: false,
      });
      const row = (key: string) => page.locator(`[data-testid=compare] tr[data-row="${key}"]`);
      const otherFrom = loadRuleSet(allEditions.find((e) => loadRuleSet(e).edition.id === other)!).edition
        .effectiveFrom;
      expect(await row("ruleSet").locator(".side-b").textContent()).toContain(otherFrom);
      expect(await row("fine").locator(".side-a").textContent()).toContain(`${a.fine!.min}–${a.fine!.max}`);
      expect(await row("fine").locator(".side-b").textContent()).toContain(`${b.fine!.min}–${b.fine!.max}`);
      expect(await row("fine").getAttribute("class")).toBe(
        a.fine!.max === b.fine!.max && a.fine!.min === b.fine!.min ? "" : "diff",
      );
      await page.close();
      expect(problems).toEqual([]);
    },
  );

  it("fetches the default edition's data first, another edition only when picked, zod only for an invalid case", async () => {
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(r.url().slice(server.url.length)));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    await page.goto(`${server.url}playground/`);
    await page.waitForSelector("body[data-ready=true]");
    const editionsOldestFirst = allEditions
      .map((e) => loadRuleSet(e).edition)
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    const ids = editionsOldestFirst.map((e) => e.id);
    const dataFiles = () =>
      fetched.filter((f) => f.includes("/data/")).map((f) => f.replace(/^.*\/data\/|\.[0-9a-f]+\.json$/g, ""));
    expect(dataFiles()).toEqual([ids[ids.length - 1]]);
    expect(fetched.filter((f) => f.includes("/chunks/schemas-"))).toEqual([]);
    // Time to the first outcome on screen, from navigation start (a measurement, not a limit: the machine is shared).
    const timing = await page.evaluate(() => ({
      firstOutcome: performance.getEntriesByName("cailiang:first-outcome")[0]?.startTime,
      scriptToOutcome: Number(document.body.dataset.readyMs),
    }));
    const uptime = spawnSync("uptime", { encoding: "utf8" }).stdout.trim();
    console.log(
      `playground: first outcome ${Math.round(timing.firstOutcome ?? NaN)} ms after navigation start ` +
        `(${timing.scriptToOutcome} ms after the script started); uptime: ${uptime}`,
    );
    expect(timing.firstOutcome).toBeGreaterThan(0);

    if (ids.length > 1) {
      await page.locator('[data-path="edition"]').selectOption(ids[0]!);
      await page.waitForSelector("body[data-ready=true]");
      expect(dataFiles()).toEqual([ids[ids.length - 1], ids[0]]);
    }
    await page.close();

    // A case the schema rejects, opened from a link: its zh-CN messages are the library's, word for word.
    const bad: Case = {
      matter: "cityscape.littering",
      party: { type: "individual" },
      jurisdiction: "shanghai",
      occurredOn: "2024-02-30",
      discoveredOn: "2024-05-14",
      facts: { location: "ordinary" },
      circumstances: [],
      harm: "moderate",
      correction: "late",
      priorViolations: [],
    };
    const linked = await open(`#case=${encodeURIComponent(JSON.stringify(bad))}&edition=yrd-2023&lang=zh`);
    const issues = safeEvaluate(yrd2023, bad);
    expect(issues.ok).toBe(false);
    const texts = localizeIssues(issues.ok ? [] : issues.issues, "zh", {
      input: bad,
      ruleSet: loadRuleSet(bundled.yrd2023),
    })
      .filter((i) => i.path[0] === "occurredOn")
      .map((i) => i.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(await linked.locator('[data-error-for="occurredOn"]').textContent()).toBe(texts.join("；"));
    await linked.close();
    expect(problems).toEqual([]);
  });

  it("reports invalid input at its field and draws the fine chart with tier boundaries", async () => {
    const page = await open();
    const c: Case = {
      matter: "cityscape.out-of-store-business",
      party: { type: "individual", age: 34 },
      jurisdiction: "shanghai",
      occurredOn: "2024-05-11",
      discoveredOn: "2024-05-11",
      facts: { occupiedArea: 8 },
      circumstances: [],
      harm: "minor",
      correction: "late",
      priorViolations: [],
    };
    await fill(page, "yrd-2023", c);
    const boundaries = await page
      .locator("[data-testid=chart] line.boundary")
      .evaluateAll((ls) => ls.map((l) => Number(l.getAttribute("data-x"))));
    const expectedBoundaries = [0, 1, 4.99, 5, 12, 15, 16]
      .map((x) => evaluate(yrd2023, { ...c, facts: { occupiedArea: x } }).tier?.id)
      .some((id, i, ids) => i > 0 && id !== ids[i - 1]);
    expect(expectedBoundaries).toBe(true);
    expect(boundaries.length).toBeGreaterThan(0);
    for (const x of boundaries) {
      const below = evaluate(yrd2023, { ...c, facts: { occupiedArea: x - 0.01 } }).tier?.id;
      const at = evaluate(yrd2023, { ...c, facts: { occupiedArea: x } }).tier?.id;
      expect(below).not.toBe(at);
    }

    await set(page, "facts.occupiedArea", -3);
    const error = page.locator('[data-error-for="facts.occupiedArea"]');
    await expect.poll(() => error.textContent()).toMatch(/应为不小于 0 平方米的数字/);
    expect(await page.locator("#outcome").getAttribute("class")).toContain("invalid");
    await set(page, "facts.occupiedArea", 8);
    await expect.poll(() => error.textContent()).toBe("");

    await page.locator("#lang-toggle").click();
    expect(await page.locator('h2[data-t="outcome"]').textContent()).toBe("Outcome");
    await page.locator("#lang-toggle").click();
    expect(await page.locator('h2[data-t="outcome"]').textContent()).toBe("结论");

    // The screenshot for people to look at: a case with a comparison and the chart.
    await page.locator('[data-action="compare-jurisdictions"]').click();
    await page
      .locator("[data-testid=trace] details")
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, ".gitignore"), "*\n");
    await page.screenshot({ path: join(artifacts, "playground.png"), fullPage: true });
    await page.close();
    expect(problems).toEqual([]);
  });
});
