import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderGenerated } from "../scripts/render.js";
import { root } from "./helpers.js";

describe("generated files", () => {
  it.each(renderGenerated(root).map(([path, content]) => [path, content] as const))(
    "%s is up to date (npm run generate)",
    (path, content) => {
      expect(readFileSync(join(root, path), "utf8")).toBe(content);
    },
  );
});
