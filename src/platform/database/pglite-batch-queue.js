// pglite-socket's own queue runs each wire-protocol message as a unit, so two connections' Parse/Bind/Execute
// sequences interleave and bind to each other's unnamed statements ("bind message supplies 1 parameters, but
// prepared statement requires 2"). This queue runs a connection's messages up to its Sync (or a simple Query) as one
// unit, and keeps other connections out while one holds an open transaction, which PGlite's single session shares.

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

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
        try {
          await this.db.runExclusive(async () => {
            // One call for the whole batch (Parse, Bind, Describe, Execute, Sync): PGlite reads every message in
            // the buffer, and each call has a fixed cost of its own.
            const batch = job.messages.length === 1 ? /** @type {Uint8Array} */ (job.messages[0]) : Buffer.concat(job.messages);
            await this.db.execProtocolRawStream(batch, {
              onRawData: (data) => {
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
