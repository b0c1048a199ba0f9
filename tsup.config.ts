import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", node: "src/node.ts", rules: "src/rules.ts", reference: "src/reference/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    // Source maps are left out: they were most of the package's size and point at sources that are not shipped.
    sourcemap: false,
    clean: true,
    target: "node20",
    // Shared chunks: every entry imports the one copy of each module, so an error class thrown by cailiang/node is
    // instanceof the class imported from cailiang (within one module format).
    splitting: true,
    treeshake: true,
    // zod's zh-CN messages: bundled so the CommonJS build does not require an ES module.
    noExternal: [/^zod\/v4\/locales\//],
  },
  {
    // The worker threads of `batch --workers` run dist/cli-batch-worker.js.
    entry: { cli: "src/cli/bin.ts", "cli-batch-worker": "src/cli/batch-worker.ts" },
    format: ["esm"],
    sourcemap: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    // The entry holds only the command table; each command's code, the schemas and the rule data are chunks it
    // imports when a command runs, so `--help` starts in about the time of Node itself.
    splitting: true,
  },
  {
    // The worker thread of `cailiang diff --cases … --workers N`, loaded from beside dist/cli.js.
    entry: { "diff-worker": "src/cli/diff-worker.ts" },
    format: ["esm"],
    sourcemap: false,
    target: "node20",
    splitting: false,
  },
]);
