import { fork, type ChildProcess } from 'node:child_process';
import type { LoadReply, LoadRequest, LoadStats, LoadTarget } from './load-protocol.ts';

interface Pending {
  resolve(stats: LoadStats): void;
  reject(error: Error): void;
}

/** The parent's handle on the autocannon child process: one child, runs one after another. */
export class LoadClient {
  #child: ChildProcess;
  #pending = new Map<number, Pending>();
  #nextId = 1;
  #exited: Promise<void>;

  private constructor() {
    // The child is TypeScript too: load tsx by absolute URL so it works from any working directory.
    this.#child = fork(new URL('./load-generator.ts', import.meta.url), [], {
      execArgv: ['--import', import.meta.resolve('tsx')],
      // The child's stdout goes to our stderr: with --json our stdout carries only the report.
      stdio: ['ignore', process.stderr, 'inherit', 'ipc'],
    });
    this.#child.on('message', (message: LoadReply) => {
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#pending.delete(message.id);
      if ('error' in message) pending.reject(new Error(`autocannon failed: ${message.error}`));
      else pending.resolve(message.stats);
    });
    this.#exited = new Promise((resolve) => {
      this.#child.once('exit', (code, signal) => {
        for (const pending of this.#pending.values()) {
          pending.reject(new Error(`The load generator stopped (exit ${code ?? signal})`));
        }
        this.#pending.clear();
        resolve();
      });
    });
  }

  static start(): LoadClient {
    return new LoadClient();
  }

  run(target: LoadTarget): Promise<LoadStats> {
    const id = this.#nextId++;
    const request: LoadRequest = { id, target };
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#child.send(request, (error) => {
        if (!error) return;
        this.#pending.delete(id);
        reject(error);
      });
    });
  }

  async close(): Promise<void> {
    if (this.#child.connected) this.#child.disconnect();
    if (this.#child.exitCode === null && this.#child.signalCode === null) {
      const timer = setTimeout(() => this.#child.kill(), 5_000);
      await this.#exited;
      clearTimeout(timer);
    }
  }
}
