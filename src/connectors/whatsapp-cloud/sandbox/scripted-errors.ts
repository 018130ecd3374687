import type { GraphErrorOverrides } from './graph-errors.ts';

export interface ScriptedError extends GraphErrorOverrides {
  code: number;
}

/** Graph errors the next sends answer, one each, in order (after the token and number are checked). */
export class ScriptedErrors {
  queue: ScriptedError[] = [];

  push(error: ScriptedError, count: number): void {
    for (let i = 0; i < count; i++) this.queue.push(error);
  }

  next(): ScriptedError | undefined {
    return this.queue.shift();
  }
}
