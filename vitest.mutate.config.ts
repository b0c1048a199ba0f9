/**
 * The test run that mutation testing (npm run mutate) uses: the tests that are oracles for the legal core
 * (src/evaluate, src/compile, src/money, src/law) — expected values written from the law and the rule files, and the
 * fast validation path checked against the full one — all in-process. Left out: the recorded fixtures
 * (fixtures/yrd-*, recorded from the engine's own output, so they say what the engine did, not what the law says),
 * the property and differential suites (thousands of generated cases per run), and the tests of the surfaces and of
 * other folders (CLI, HTTP service, reports, diff, credit, review, loader limits), which drive a child process or a
 * browser — a mutant switched on inside the test process is invisible there — or time themselves.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "test/steps/**/*.test.ts",
      "test/law-*.test.ts",
      "test/casebook.test.ts",
      "test/load-in-test.test.ts",
      "test/rulesets.test.ts",
      "test/evaluate.test.ts",
      "test/editions.test.ts",
      "test/money.test.ts",
      "test/validate.test.ts",
    ],
    testTimeout: 60_000,
    // One module graph per run instead of one per test file: the bundled editions are compiled once per mutant, not
    // once per file, which halves the time per mutant. Still sound for mutation testing: the vitest runner starts a
    // new worker thread for every run, so each mutant (static ones included) gets freshly loaded modules, and nothing
    // computed under one mutant is seen by the next.
    isolate: false,
  },
});
