/** Progress on stderr for long commands, drawn only when stderr is a terminal (pipes and CI logs stay clean). */
import cliProgress from "cli-progress";

/** A progress display; every method does nothing when stderr is not a terminal. */
export interface Progress {
  /** Sets the amount done (and the total, when it becomes known) and a short status text. */
  update(done: number, total?: number, status?: string): void;
  /** Removes the bar. */
  stop(): void;
}

/** A progress display that shows nothing. */
export const NO_PROGRESS: Progress = { update() {}, stop() {} };

/** A bar labelled `label` on stderr, or nothing when stderr is not a terminal. */
export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return NO_PROGRESS;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {percentage}% {status}`,
      clearOnComplete: true,
      hideCursor: true,
      // The long commands run synchronously: redraw from update() itself, not from a timer.
      synchronousUpdate: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, status = "") {
      if (!started) {
        bar.start(total ?? 1, done, { status });
        started = true;
        return;
      }
      if (total !== undefined) bar.setTotal(total);
      bar.update(done, { status });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
