import { describe, expect, it } from "vitest";
import { progress } from "../src/cli/progress.js";

/** A stand-in for process.stderr that records what is written. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  const s = {
    isTTY,
    columns: 100,
    write(chunk: string) {
      written.push(chunk);
      return true;
    },
    cursorTo() {
      return true;
    },
    clearLine() {
      return true;
    },
    moveCursor() {
      return true;
    },
    clearScreenDown() {
      return true;
    },
    on() {
      return s;
    },
    removeListener() {
      return s;
    },
  };
  return { s: s as unknown as NodeJS.WriteStream, written };
}

describe("progress", () => {
  it("writes nothing when stderr is not a terminal", () => {
    const { s, written } = stream(false);
    const bar = progress("cailiang diff", s);
    bar.update(1, 10, "1/10 matters");
    bar.update(10, 10);
    bar.stop();
    expect(written).toEqual([]);
  });
  it("draws a bar with the label and the status on a terminal", () => {
    const { s, written } = stream(true);
    const bar = progress("cailiang diff", s);
    bar.update(0, 40, "0/40 matters");
    bar.update(20, 40, "20/40 matters");
    bar.stop();
    const text = written.join("");
    expect(text).toContain("cailiang diff");
    expect(text).toMatch(/50% 20\/40 matters/);
  });
});
