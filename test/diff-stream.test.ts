import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { safeEvaluate, semanticDiff, type CompiledRuleSet } from "../src/index.js";
import { CorpusDiffer, outcomeSummary, type CorpusTally } from "../src/diff/corpus.js";
import { generatedDiff, semanticReport } from "../src/diff/semantic.js";
import { diff } from "../src/diff/structural.js";
import { diffMarkdown } from "../src/report/diff.js";
import { MAX_WORKERS, parseWorkers, streamCorpusDiff, WorkerFailure } from "../src/cli/diff-stream.js";
import { generateCorpus } from "../fixtures/corpus.js";
import { compiled, compiled2025, root } from "./helpers.js";

const tmp = mkdtempSync(join(tmpdir(), "cailiang-diff-stream-"));
const cli = join(root, "dist", "cli.js");
const runCli = (args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** A corpus drawn from both editions (so some facts are declared in one edition only), as JSON lines. */
const cases = [...generateCorpus({ seed: 4242, size: 3000, ruleSets: [compiled, compiled2025] })].map(
  (c) => JSON.parse(JSON.stringify(c)) as Record<string, unknown>,
);
// Lines the reader must report (bad JSON, too deep) and lines it skips or both editions reject, among the cases.
const lines = cases.map((c) => JSON.stringify(c));
lines.splice(10, 0, '{"matter": "cityscape.littering",');
lines.splice(500, 0, "");
lines.splice(777, 0, "[".repeat(80) + "]".repeat(80));
lines.splice(1200, 0, "null");
lines.splice(1500, 0, JSON.stringify({ id: "c-1500", ...cases[3]! }));
lines.splice(2000, 0, '{"matter":"nonsense"}');
const corpusFile = join(tmp, "corpus.jsonl");
writeFileSync(corpusFile, lines.join("\n") + "\n");

/**
 * The corpus part of the semantic diff as it was written before streaming (kept here as the oracle): every case's
 * decisions in words under both editions, the differing ones grouped in the order their groups are first met.
 */
function oracle(a: CompiledRuleSet, b: CompiledRuleSet, corpus: unknown[]) {
  const evaluateIn = (edition: CompiledRuleSet, input: Record<string, unknown>) => {
    const cm = edition.matters.get(String(input.matter));
    if (!cm && !Array.isArray(input.matter)) return { summary: `not a matter of ${edition.edition.id}`, ok: false };
    let caseInput = input;
    if (cm && input.facts && typeof input.facts === "object") {
      const declared = cm.matter.facts;
      const facts = Object.fromEntries(Object.entries(input.facts).filter(([k]) => k in declared));
      caseInput = { ...input, facts };
    }
    const r = safeEvaluate(edition, caseInput, { checkEffectiveDates: false });
    if (!r.ok)
      return { summary: `rejected (${r.issues[0]!.code} at ${r.issues[0]!.path.join(".") || "input"})`, ok: false };
    return { summary: outcomeSummary(r.outcome), ok: true };
  };
  const stats = { cases: 0, differing: 0, rejected: 0 };
  const groups = new Map<
    string,
    { matter: string; jurisdiction: string; party: string; before: string; after: string; cases: number }
  >();
  for (const raw of corpus) {
    stats.cases++;
    const input = (raw ?? {}) as Record<string, unknown>;
    const x = evaluateIn(a, input);
    const y = evaluateIn(b, input);
    if (!x.ok && !y.ok) {
      stats.rejected++;
      continue;
    }
    if (x.summary === y.summary) continue;
    stats.differing++;
    const party = (input.party as { type?: string } | undefined)?.type ?? "?";
    const key = [input.matter, input.jurisdiction, party, x.summary, y.summary].map(String).join("\u0000");
    const g = groups.get(key);
    if (g) g.cases++;
    else
      groups.set(key, {
        matter: String(input.matter),
        jurisdiction: String(input.jurisdiction),
        party,
        before: x.summary,
        after: y.summary,
        cases: 1,
      });
  }
  return { stats, groups: [...groups.values()] };
}

/** The corpus as `diff --cases` reads it: readable lines only, without their `id`. */
const readable: unknown[] = lines.flatMap((l) => {
  if (l.trim() === "" || l.startsWith("[[")) return [];
  try {
    const v = JSON.parse(l) as Record<string, unknown> | null;
    if (v && typeof v === "object" && "id" in v) {
      const { id: _id, ...rest } = v;
      return [rest];
    }
    return [v];
  } catch {
    return [];
  }
});

describe("streaming semantic diff: the same report however the corpus is read", () => {
  const expected = oracle(compiled, compiled2025, readable);

  it("the oracle sees what the corpus was built to hold", () => {
    // 3000 generated cases + the null line + the id line + the unknown matter; 2 unreadable lines and 1 blank.
    expect(expected.stats.cases).toBe(3003);
    // null and the unknown matter are rejected by both editions; the generated cases are all valid in one edition.
    expect(expected.stats.rejected).toBe(2);
    expect(expected.stats.differing).toBeGreaterThan(100);
    expect(expected.groups.length).toBeGreaterThan(20);
  });

  const reports: Record<string, { tally: CorpusTally; bad: string[] }> = {};
  for (const workers of [1, 2, 3]) {
    it(`--workers ${workers}: the tally equals the oracle's, groups in first-seen order, bad lines in line order`, async () => {
      const bad: string[] = [];
      // Small chunks, so the corpus is cut into many and answered out of order by several workers.
      const tally = await streamCorpusDiff(compiled, compiled2025, corpusFile, {
        workers,
        chunkLines: 97,
        onBadLine: (t) => bad.push(t),
      });
      reports[workers] = { tally, bad };
      expect({ cases: tally.cases, differing: tally.differing, rejected: tally.rejected }).toEqual(expected.stats);
      const ordered = [...tally.groups.values()].sort((x, y) => x.first - y.first);
      expect(ordered.map(({ first: _f, ...g }) => g)).toEqual(expected.groups);
      // Line 11 is the cut-off object, line 778 the too-deep array (index 777 once the lines before it are in).
      expect(bad).toEqual([
        expect.stringMatching(/corpus\.jsonl:11: \[invalid-json\] not valid JSON/),
        expect.stringMatching(/corpus\.jsonl:778: \[input-too-large\] nests deeper than \d+ levels/),
      ]);
    }, 120_000);
  }

  it("workers 1, 2 and 3 and the in-memory semanticDiff give the same JSON and Markdown reports", () => {
    const generated = generatedDiff(compiled, compiled2025);
    const structural = diff(compiled.ruleSet, compiled2025.ruleSet);
    const inMemory = semanticDiff(compiled, compiled2025, readable);
    const texts = [1, 2, 3].map((w) => {
      const report = semanticReport(compiled, compiled2025, generated, reports[w]!.tally);
      return [JSON.stringify(report), diffMarkdown(structural, report)];
    });
    expect(texts[1]).toEqual(texts[0]);
    expect(texts[2]).toEqual(texts[0]);
    expect(texts[0]![0]).toBe(JSON.stringify(inMemory));
    expect(texts[0]![1]).toBe(diffMarkdown(structural, inMemory));
  });
});

describe("CorpusDiffer", () => {
  // cityscape.roadside-car-wash, a unit occupying 25 m² in Shanghai, no prior violation: yrd-2023's lighter tier is
  // "under 20 m², first time", so 25 m² is general (1200–2100 元); yrd-2025 widens lighter to "under 30 m²", so the
  // same case is lighter (300–1200 元), as test/diff.test.ts also finds. At 45 m² both editions say general (20 or
  // 30 m² up to 60 m²): the decisions agree and the case is not counted as differing.
  const carWash = {
    matter: "cityscape.roadside-car-wash",
    party: { type: "unit" },
    jurisdiction: "shanghai",
    occurredOn: "2025-06-01",
    discoveredOn: "2025-06-01",
    facts: { occupiedArea: 25 },
    circumstances: [],
    harm: "moderate",
    correction: "late",
    priorViolations: [],
  };
  const carWash45 = { ...carWash, facts: { occupiedArea: 45 } };

  it("counts a group's cases and keeps the position of its first case, whatever order they come in", () => {
    const d = new CorpusDiffer(compiled, compiled2025);
    d.add(carWash, 9);
    d.add({ matter: "nonsense" }, 3);
    d.add(carWash, 5);
    d.add(null, 4);
    d.add(carWash45, 1);
    d.add(carWash, 2);
    const t = d.tally();
    expect({ cases: t.cases, differing: t.differing, rejected: t.rejected }).toEqual({
      cases: 6,
      differing: 3,
      rejected: 2,
    });
    expect([...t.groups.values()]).toEqual([
      {
        matter: "cityscape.roadside-car-wash",
        jurisdiction: "shanghai",
        party: "unit",
        before: "penalty, tier general, fine 1200–2100 元",
        after: "penalty, tier lighter, fine 300–1200 元",
        cases: 3,
        first: 2,
      },
    ]);
  });

  it("holds the same number of groups, and no per-case data, however many cases go in (memory flat in corpus size)", () => {
    const sample = cases.slice(0, 400);
    const once = new CorpusDiffer(compiled, compiled2025);
    sample.forEach((c, i) => once.add(c, i));
    const many = new CorpusDiffer(compiled, compiled2025);
    for (let round = 0; round < 25; round++) sample.forEach((c, i) => many.add(c, round * sample.length + i));
    const a = once.tally();
    const b = many.tally();
    expect(a.differing).toBeGreaterThan(0);
    expect(b.cases).toBe(25 * a.cases);
    expect(b.differing).toBe(25 * a.differing);
    // 25× the cases, the same groups: what is retained depends on the distinct decisions, not on the case count.
    expect(b.groups.size).toBe(a.groups.size);
    for (const [key, g] of b.groups) {
      expect(g.cases).toBe(25 * a.groups.get(key)!.cases);
      expect(g.first).toBe(a.groups.get(key)!.first);
      // Every retained value is a number or a string: no arrays, nothing that grows with the cases.
      expect(Object.values(g).every((v) => typeof v === "number" || typeof v === "string")).toBe(true);
    }
  });

  it("tallies of any split of a corpus, merged in any order, equal the tally of the whole", () => {
    const sample = cases.slice(0, 300);
    const whole = new CorpusDiffer(compiled, compiled2025);
    sample.forEach((c, i) => whole.add(c, i));
    const plain = (t: CorpusTally) => ({
      cases: t.cases,
      differing: t.differing,
      rejected: t.rejected,
      groups: [...t.groups.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
    });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: sample.length, maxLength: sample.length }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        (part, order) => {
          const parts = [0, 1, 2, 3].map(() => new CorpusDiffer(compiled, compiled2025));
          sample.forEach((c, i) => parts[part[i]!]!.add(c, i));
          const merged = new CorpusDiffer(compiled, compiled2025);
          const byOrder = [0, 1, 2, 3].sort((x, y) => order[x]! - order[y]! || x - y);
          for (const p of byOrder) merged.merge(parts[p]!.tally());
          expect(plain(merged.tally())).toEqual(plain(whole.tally()));
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe("--workers", () => {
  it("accepts a whole number from 1 to 64 and explains anything else in Chinese and English", () => {
    expect(parseWorkers(undefined)).toBe(1);
    expect(parseWorkers("1")).toBe(1);
    expect(parseWorkers("2")).toBe(2);
    expect(parseWorkers(String(MAX_WORKERS))).toBe(64);
    for (const bad of ["0", "65", "1.5", "-1", "two", "", "1e1", "0x2"]) {
      const message = parseWorkers(bad);
      expect(typeof message, bad).toBe("string");
      expect(message).toContain("--workers");
      expect(message).toMatch(/整数/);
      expect(message).toMatch(/whole number from 1 to 64/);
      expect(message).toContain(JSON.stringify(bad));
    }
  });

  it("a worker that throws stops the diff with a WorkerFailure naming the error", async () => {
    const failing = pathToFileURL(join(root, "test", "diff-failing-worker.ts"));
    await expect(
      streamCorpusDiff(compiled, compiled2025, corpusFile, {
        workers: 2,
        onBadLine: () => {},
        workerScript: failing,
      }),
    ).rejects.toThrow(WorkerFailure);
    await expect(
      streamCorpusDiff(compiled, compiled2025, corpusFile, { workers: 2, onBadLine: () => {}, workerScript: failing }),
    ).rejects.toThrow(/planted failure in a diff worker/);
  }, 120_000);

  it("a worker that ends without its tally stops the diff with a WorkerFailure", async () => {
    const exitFile = join(tmp, "exit.jsonl");
    writeFileSync(exitFile, lines.slice(0, 50).join("\n"));
    await expect(
      streamCorpusDiff(compiled, compiled2025, exitFile, {
        workers: 2,
        onBadLine: () => {},
        workerScript: pathToFileURL(join(root, "test", "diff-failing-worker.ts")),
      }),
    ).rejects.toThrow(/stopped \(exit code 3\)/);
  }, 120_000);
});

describe("cailiang diff --cases --workers (built CLI)", () => {
  it("prints byte-identical reports and messages with 1 and 3 workers; exit 2 for the unreadable lines", () => {
    const one = runCli(["diff", "yrd-2023", "yrd-2025", "--cases", corpusFile, "--no-generated", "--json"]);
    const three = runCli([
      "diff",
      "yrd-2023",
      "yrd-2025",
      "--cases",
      corpusFile,
      "--no-generated",
      "--json",
      "--workers",
      "3",
    ]);
    expect(one.code).toBe(2);
    expect(three.code).toBe(2);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(one.stderr).toMatch(/:11: \[invalid-json\][^\n]*\n[^\n]*:778: \[input-too-large\]/);
    const semantic = JSON.parse(one.stdout).semantic;
    expect(semantic).toEqual(
      JSON.parse(JSON.stringify(semanticDiff(compiled, compiled2025, readable, { generated: false }))),
    );
    const md = runCli(["diff", "yrd-2023", "yrd-2025", "--cases", corpusFile, "--no-generated", "--workers", "2"]);
    const mdOne = runCli(["diff", "yrd-2023", "yrd-2025", "--cases", corpusFile, "--no-generated"]);
    expect(md.stdout).toBe(mdOne.stdout);
  }, 180_000);

  it("a worker that cannot start stops the diff with exit 70 and a message in both languages, and no report", () => {
    // A copy of the built CLI without its worker script beside it (inside node_modules, so its packages resolve).
    const dir = join(root, "node_modules", ".cache", "cailiang-test-no-worker");
    mkdirSync(dir, { recursive: true });
    // The whole build (the CLI entry loads its commands from chunks beside it), then the worker script taken away.
    rmSync(dir, { recursive: true, force: true });
    cpSync(dirname(cli), dir, { recursive: true });
    rmSync(join(dir, "diff-worker.js"), { force: true });
    const r = spawnSync(
      process.execPath,
      [join(dir, "cli.js"), "diff", "yrd-2023", "yrd-2025", "--cases", corpusFile, "--no-generated", "--workers", "2"],
      { cwd: root, encoding: "utf8" },
    );
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(
      /工作线程出错，比对中止 a worker thread failed, the diff stopped: worker \d: .*diff-worker\.js/,
    );
    expect(r.stdout).toBe("");
    // The same copy with one thread needs no worker script.
    const one = spawnSync(
      process.execPath,
      [join(dir, "cli.js"), "diff", "yrd-2023", "yrd-2025", "--cases", corpusFile, "--no-generated"],
      { cwd: root, encoding: "utf8" },
    );
    expect(one.status).toBe(2);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it("rejects a bad --workers with exit 2 and a message in both languages", () => {
    for (const bad of ["0", "65", "x"]) {
      const r = runCli(["diff", "yrd-2023", "yrd-2025", "--workers", bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--workers: 应为 1 到 64 之间的整数.*expected a whole number from 1 to 64/);
      expect(r.stdout).toBe("");
    }
  });
});
