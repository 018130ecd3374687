import cliProgress from 'cli-progress';

/** Progress of a long command, on standard error so that what it prints on standard output stays parseable. */
export interface Progress {
  /** What is under way now, at `done` of `total`: shown on a bar only (a log gets finished steps, not intentions). */
  working(done: number, total: number, text: string): void;
  /** A finished step: the bar moves to `done` of `total`; a log gets `line` as a line of its own (once, if repeated). */
  step(done: number, total: number, line: string): void;
  /** Leaves the bar drawn as it last was and gives the terminal back; call before printing anything else. */
  stop(): void;
}

/**
 * A bar when standard error is a terminal that a person watches; plain lines otherwise (a pipe, a log file, CI), and
 * with `--json`, whose caller is a script.
 */
export function startProgress(label: string, options: { json?: boolean | undefined } = {}): Progress {
  const stream = process.stderr;
  if (!stream.isTTY || options.json) {
    let lastLine = '';
    return {
      working() {},
      step(_done, _total, line) {
        if (line === lastLine) return;
        lastLine = line;
        stream.write(`${line}\n`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream, format: `${label} {bar} {percentage}% | {value}/{total} | {text}`, barsize: 30, hideCursor: false, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const show = (done: number, total: number, text: string) => {
    if (!started) {
      bar.start(total, done, { text });
      started = true;
      return;
    }
    bar.setTotal(total);
    bar.update(done, { text });
  };
  return {
    working: show,
    step: show,
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
