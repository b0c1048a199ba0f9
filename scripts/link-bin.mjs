// Links node_modules/.bin/cailiang to dist/cli.js in a checkout, so `npx cailiang` runs the build in place. Without
// the link npx installs the checkout itself as a package into its cache (running `prepare`, a full build, the first
// time) and then keeps running that copy after the sources change.
import { chmodSync, existsSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli.js");
if (existsSync(join(root, "src")) && existsSync(cli) && existsSync(join(root, "node_modules"))) {
  const bin = join(root, "node_modules", ".bin");
  mkdirSync(bin, { recursive: true });
  const link = join(bin, "cailiang");
  try {
    if (lstatSync(link)) unlinkSync(link);
  } catch {
    // no link yet
  }
  symlinkSync(join("..", "..", "dist", "cli.js"), link);
  chmodSync(cli, 0o755);
}
