import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // The docs site and playground bundle the browser tests serve, built once before the test files run.
    globalSetup: ["test/global-setup.ts"],
  },
});
