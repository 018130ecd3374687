// The soak's server: test/fixtures/ponte-process.ts as it is, plus what a soak needs to read its memory honestly.
// Every SOAK_MEMORY_INTERVAL_MS it runs a full garbage collection and prints
//   soak-memory {"rss":…,"heapUsed":…,"external":…,"arrayBuffers":…}
// so the heap it reports is what is still alive, not garbage a lazy collector has not reached yet (a sawtooth of tens
// of MiB that would hide a slow leak). SOAK_LEAK_BYTES_PER_REQUEST > 0 keeps that many bytes for every HTTP request
// the server takes, forever: the deliberate leak that shows the soak's memory checks can fail.
import { randomBytes } from 'node:crypto';
import { subscribe } from 'node:diagnostics_channel';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
// A fresh context sees the flag just set: the usual way to reach gc() without --expose-gc on the command line.
const collectGarbage = runInNewContext('gc') as (options?: { type: 'major'; execution: 'sync' }) => void;

const interval = Number(process.env.SOAK_MEMORY_INTERVAL_MS ?? 5_000);
const reportMemory = () => {
  collectGarbage({ type: 'major', execution: 'sync' });
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  process.stdout.write(`soak-memory ${JSON.stringify({ rss, heapUsed, external, arrayBuffers })}\n`);
};
setInterval(reportMemory, interval).unref();

const leakBytes = Number(process.env.SOAK_LEAK_BYTES_PER_REQUEST ?? 0);
if (leakBytes > 0) {
  const kept: string[] = [];
  // A flat string on the JavaScript heap, as a request kept in a forgotten map would be (a Buffer would sit outside it).
  subscribe('http.server.request.start', () => kept.push(randomBytes(Math.ceil(leakBytes / 2)).toString('hex')));
}

await import('../../fixtures/ponte-process.ts');
