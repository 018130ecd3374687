// pglite-socket's own queue runs each wire-protocol message as a unit, so two connections' Parse/Bind/Execute
// sequences interleave and bind to each other's unnamed statements ("bind message supplies 1 parameters, but
// prepared statement requires 2"). This queue runs a connection's messages up to its Sync (or a simple Query) as one
// unit, and keeps other connections out while one holds an open transaction, which PGlite's single session shares.
import { TextDecoder } from 'node:util';

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

const NOTIFICATION = 0x41; // 'A': NotificationResponse
const utf8 = new TextDecoder();

/**
 * Watches a batch's output for NotificationResponse messages (a committed NOTIFY on a LISTENed channel) and hands
 * each to `onNotification`. Messages may be split across output chunks; every other message is skipped by its
 * length without being read.
 * @param {(channel: string, payload: string) => void} onNotification
 */
function notificationScanner(onNotification) {
  const header = new Uint8Array(5);
  let headerFill = 0;
  let remaining = 0;
  /** @type {Uint8Array | null} */
  let body = null;
  let bodyFill = 0;
  /** @param {Uint8Array} chunk */
  return (chunk) => {
    let offset = 0;
    while (offset < chunk.length) {
      if (remaining === 0) {
        const take = Math.min(5 - headerFill, chunk.length - offset);
        header.set(chunk.subarray(offset, offset + take), headerFill);
        headerFill += take;
        offset += take;
        if (headerFill < 5) return;
        headerFill = 0;
        remaining = new DataView(header.buffer).getInt32(1) - 4;
        body = header[0] === NOTIFICATION ? new Uint8Array(remaining) : null;
        bodyFill = 0;
        continue;
      }
      const take = Math.min(remaining, chunk.length - offset);
      if (body) body.set(chunk.subarray(offset, offset + take), bodyFill);
      bodyFill += take;
      remaining -= take;
      offset += take;
      if (remaining === 0 && body) {
        // Int32 process id, then the channel and the payload as NUL-terminated strings.
        const channelEnd = body.indexOf(0, 4);
        const payloadEnd = body.indexOf(0, channelEnd + 1);
        onNotification(utf8.decode(body.subarray(4, channelEnd)), utf8.decode(body.subarray(channelEnd + 1, payloadEnd)));
        body = null;
      }
    }
  };
}

export class BatchQueryQueue {
  /** @param {import('@electric-sql/pglite').PGlite} db */
  constructor(db) {
    this.db = db;
    /** @type {Map<number, Uint8Array[]>} messages of an extended-protocol sequence not yet ended by Sync */
    this.pending = new Map();
    /** @type {Set<number>} connections past their startup message */
    this.started = new Set();
    /** @type {{ handlerId: number, messages: Uint8Array[], onData: (data: Uint8Array) => void, resolve: (n: number) => void, reject: (e: unknown) => void }[]} */
    this.waiting = [];
    /** @type {number | null} the connection whose batch ran last: it owns the session while a transaction is open */
    this.owner = null;
    this.busy = false;
    /** @type {((channel: string, payload: string) => void) | null} told of each notification any connection's batch carried */
    this.onNotification = null;
  }

  /**
   * @param {number} handlerId
   * @param {Uint8Array} message
   * @param {(data: Uint8Array) => void} onData
   * @returns {Promise<number>}
   */
  enqueue(handlerId, message, onData) {
    if (!this.started.has(handlerId)) {
      this.started.add(handlerId);
      return this.#run(handlerId, [message], onData);
    }
    const batch = this.pending.get(handlerId) ?? [];
    batch.push(message);
    const type = message[0];
    if (type === SYNC || type === QUERY || type === TERMINATE) {
      this.pending.delete(handlerId);
      return this.#run(handlerId, batch, onData);
    }
    this.pending.set(handlerId, batch);
    return Promise.resolve(0);
  }

  /**
   * @param {number} handlerId
   * @param {Uint8Array[]} messages
   * @param {(data: Uint8Array) => void} onData
   * @returns {Promise<number>}
   */
  #run(handlerId, messages, onData) {
    return new Promise((resolve, reject) => {
      this.waiting.push({ handlerId, messages, onData, resolve, reject });
      void this.#pump();
    });
  }

  async #pump() {
    if (this.busy) return;
    this.busy = true;
    try {
      while (this.waiting.length > 0) {
        let index = 0;
        if (this.owner !== null && this.db.isInTransaction()) {
          index = this.waiting.findIndex((job) => job.handlerId === this.owner);
          // The transaction's owner has nothing queued: wait for it (its next message calls pump again).
          if (index === -1) break;
        }
        const job = this.waiting.splice(index, 1)[0];
        if (!job) break;
        let bytes = 0;
        const scan = this.onNotification ? notificationScanner(this.onNotification) : null;
        try {
          await this.db.runExclusive(async () => {
            // One call for the whole batch (Parse, Bind, Describe, Execute, Sync): PGlite reads every message in
            // the buffer, and each call has a fixed cost of its own.
            const batch = job.messages.length === 1 ? /** @type {Uint8Array} */ (job.messages[0]) : Buffer.concat(job.messages);
            await this.db.execProtocolRawStream(batch, {
              onRawData: (data) => {
                scan?.(data);
                bytes += data.length;
                job.onData(data);
              },
            });
          });
          this.owner = job.handlerId;
          job.resolve(bytes);
        } catch (error) {
          job.reject(error);
        }
      }
    } finally {
      this.busy = false;
    }
  }

  getQueueLength() {
    return this.waiting.length;
  }

  /** @param {number} handlerId */
  clearQueueForHandler(handlerId) {
    this.pending.delete(handlerId);
    this.started.delete(handlerId);
    this.waiting = this.waiting.filter((job) => {
      if (job.handlerId !== handlerId) return true;
      job.reject(new Error('Handler disconnected'));
      return false;
    });
  }

  /**
   * A connection that closes inside its transaction must not leave the shared session in it.
   * @param {number} handlerId
   */
  async clearTransactionIfNeeded(handlerId) {
    if (this.owner === handlerId && this.db.isInTransaction()) {
      await this.db.exec('ROLLBACK');
    }
    if (this.owner === handlerId) this.owner = null;
    void this.#pump();
  }
}
