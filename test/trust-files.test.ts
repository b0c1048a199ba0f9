/**
 * Rule set directories are untrusted input: only regular files are read, links are not followed, FIFOs and devices
 * are refused without being opened for reading, and sizes are capped before reading. Loads that could hang or
 * exhaust memory run in a child process with a timeout, so a regression fails this test instead of hanging it.
 */
import { describe, expect, it } from "vitest";
import { spawnSync, execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Issue } from "../src/index.js";
import { FILE_LIMITS, readLaws, readRuleSetSource, safeLoadRuleSetFromDir } from "../src/node.js";
import { root } from "./helpers.js";

const nodeEntry = join(root, "src", "node.ts");
const LITTERING = "cityscape.littering";

/** A fresh copy of rules/yrd-2023 in a temporary directory (no law texts beside it). */
function copyRules(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "cailiang-trust-")), "yrd-2023");
  cpSync(join(root, "rules", "yrd-2023"), dir, { recursive: true });
  return dir;
}

/** safeLoadRuleSetFromDir in a child process: its issues, or "timeout" when it does not finish in 20 s. */
function loadInChild(dir: string): { ok: boolean; issues: Issue[] } | "timeout" {
  const script = `import(${JSON.stringify(nodeEntry)}).then((m) => { const r = m.safeLoadRuleSetFromDir(process.env.CAILIANG_DIR, { lawsDir: false }); process.stdout.write(JSON.stringify(r.ok ? { ok: true, issues: [] } : { ok: false, issues: r.issues })); })`;
  const r = spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CAILIANG_DIR: dir },
    timeout: 20_000,
    maxBuffer: 4 << 20,
  });
  if (r.error || r.signal) return "timeout";
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout);
}

const issuesFor = (dir: string, file: string) => {
  const result = safeLoadRuleSetFromDir(dir, { lawsDir: false });
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues.filter((i) => i.file?.endsWith(file));
};

describe("a rule set directory", () => {
  it("loads when it holds only regular files (the copy of yrd-2023)", () => {
    const result = safeLoadRuleSetFromDir(copyRules(), { lawsDir: false });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("refuses a symbolic link to /etc/passwd without showing any of its content", () => {
    const dir = copyRules();
    symlinkSync("/etc/passwd", join(dir, "matters", "evil.json"));
    const result = safeLoadRuleSetFromDir(dir, { lawsDir: false });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "not-a-regular-file", file: expect.stringMatching(/matters\/evil\.json$/) }),
    );
    // No byte of the target reaches a message: /etc/passwd starts with "root:" on every Linux system.
    const passwd = readFileSync("/etc/passwd", "utf8");
    const firstLine = passwd.split("\n")[0]!;
    for (const issue of issues) {
      expect(issue.message).not.toContain("root");
      expect(issue.message).not.toContain(firstLine.slice(0, 10));
    }
  });

  it("refuses a symbolic link even to a valid matter file inside the directory", () => {
    const dir = copyRules();
    rmSync(join(dir, "matters", `${LITTERING}.json`));
    cpSync(join(root, "rules", "yrd-2023", "matters", `${LITTERING}.json`), join(dir, "littering.txt"));
    symlinkSync(join(dir, "littering.txt"), join(dir, "matters", `${LITTERING}.json`));
    expect(issuesFor(dir, `${LITTERING}.json`)).toEqual([
      expect.objectContaining({ code: "not-a-regular-file", pointer: "" }),
    ]);
  });

  it("refuses a matters folder that is a symbolic link", () => {
    const dir = copyRules();
    const elsewhere = mkdtempSync(join(tmpdir(), "cailiang-trust-elsewhere-"));
    cpSync(join(dir, "matters"), join(elsewhere, "matters"), { recursive: true });
    rmSync(join(dir, "matters"), { recursive: true });
    symlinkSync(join(elsewhere, "matters"), join(dir, "matters"));
    expect(issuesFor(dir, "matters")).toEqual([expect.objectContaining({ code: "not-a-regular-file" })]);
  });

  it("refuses an edition.json that is a dangling link, naming it", () => {
    const dir = copyRules();
    rmSync(join(dir, "edition.json"));
    symlinkSync(join(dir, "nowhere.json"), join(dir, "edition.json"));
    expect(issuesFor(dir, "edition.json")).toContainEqual(expect.objectContaining({ code: "not-a-regular-file" }));
  });

  it("refuses a FIFO without blocking on it", () => {
    const dir = copyRules();
    execFileSync("mkfifo", [join(dir, "matters", "pipe.json")]);
    const t0 = Date.now();
    const result = loadInChild(dir);
    expect(result).not.toBe("timeout");
    if (result === "timeout") return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "not-a-regular-file",
        file: expect.stringMatching(/matters\/pipe\.json$/),
        message: expect.stringMatching(/FIFO/),
      }),
    ]);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it("refuses a symbolic link to /dev/zero without reading from it", () => {
    const dir = copyRules();
    symlinkSync("/dev/zero", join(dir, "matters", "zero.json"));
    const result = loadInChild(dir);
    expect(result).not.toBe("timeout");
    if (result === "timeout") return;
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "not-a-regular-file", file: expect.stringMatching(/matters\/zero\.json$/) }),
    ]);
  });

  it("refuses a file over the per-file limit before reading it", () => {
    const dir = copyRules();
    // Valid JSON, 1 byte over the limit: only the size can be the reason.
    const big = `{"id":"big","padding":"${"x".repeat(FILE_LIMITS.fileBytes - 24)}"}`;
    expect(Buffer.byteLength(big)).toBe(FILE_LIMITS.fileBytes + 1);
    writeFileSync(join(dir, "matters", "big.json"), big);
    const issues = issuesFor(dir, "big.json");
    expect(issues).toEqual([expect.objectContaining({ code: "file-too-large" })]);
    expect(issues[0]!.message).toContain(String(FILE_LIMITS.fileBytes + 1));
    expect(issues[0]!.message).not.toContain("xxxx");
  });

  it("refuses files once the directory's total passes its limit", () => {
    const dir = copyRules();
    // 17 files of 1 MiB each (just under the per-file limit) pass 16 MiB together.
    const body = `{"padding":"${"y".repeat(FILE_LIMITS.fileBytes - 20)}"}`;
    for (let i = 0; i < 17; i++) writeFileSync(join(dir, "matters", `zz-pad-${String(i).padStart(2, "0")}.json`), body);
    const { issues } = readRuleSetSource(dir);
    rmSync(join(dir, ".."), { recursive: true, force: true });
    expect(issues.filter((i) => i.code === "directory-too-large")).toHaveLength(1);
    expect(issues.some((i) => i.code === "invalid-json")).toBe(false);
  });

  it("reports a file that is not valid JSON with line and column, not its content", () => {
    const dir = copyRules();
    writeFileSync(join(dir, "matters", "broken.json"), `{\n  "id": "broken",\n  secret-token-123\n}`);
    const [issue] = issuesFor(dir, "broken.json");
    expect(issue).toEqual(expect.objectContaining({ code: "invalid-json" }));
    expect(issue!.message).not.toContain("secret");
    expect(issue!.message).toMatch(/line 3, column 3/);
  });
});

describe("law texts beside a rule set", () => {
  it("refuse a linked law file with an issue naming it", () => {
    const base = mkdtempSync(join(tmpdir(), "cailiang-trust-laws-"));
    cpSync(join(root, "rules", "yrd-2023"), join(base, "yrd-2023"), { recursive: true });
    cpSync(join(root, "rules", "laws"), join(base, "laws"), { recursive: true });
    symlinkSync("/etc/passwd", join(base, "laws", "xx-passwd.md"));
    expect(() => readLaws(join(base, "laws"))).toThrow(/xx-passwd\.md.*not-a-regular-file/);
    const result = safeLoadRuleSetFromDir(join(base, "yrd-2023"));
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({ code: "not-a-regular-file", file: expect.stringMatching(/laws\/xx-passwd\.md$/) }),
    ]);
    expect(existsSync(join(base, "laws", "xx-passwd.md"))).toBe(true);
  });

  it("are read through a laws directory that is itself a link (only its files must be regular)", () => {
    const base = mkdtempSync(join(tmpdir(), "cailiang-trust-lawlink-"));
    cpSync(join(root, "rules", "yrd-2023"), join(base, "yrd-2023"), { recursive: true });
    symlinkSync(join(root, "rules", "laws"), join(base, "laws"));
    const result = safeLoadRuleSetFromDir(join(base, "yrd-2023"));
    expect(result.ok ? [] : result.issues).toEqual([]);
    // The citations were checked: an altered one is caught.
    const matter = join(base, "yrd-2023", "matters", `${LITTERING}.json`);
    writeFileSync(matter, readFileSync(matter, "utf8").replace("（二）乱扔果皮", "（二）乱丢果皮"));
    const altered = safeLoadRuleSetFromDir(join(base, "yrd-2023"));
    expect(altered.ok ? [] : altered.issues.map((i) => i.code)).toContain("citation-mismatch");
  });
});
