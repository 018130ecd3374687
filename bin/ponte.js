#!/usr/bin/env node
// Runs the compiled CLI in dist/ (built by `npm install`'s prepare step, or `npm run build`). When a source file is
// newer than the build, as in a checkout being worked on, it runs the TypeScript sources through tsx instead (a
// development dependency), so a stale build never runs by mistake.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = `${root}dist/cli/main.js`;
// Written by `npm run build` after the compiler finishes (the compiler rewrites only the files that changed).
const buildStamp = `${root}dist/.built`;

/**
 * Modification time of the newest file under `folder`, in milliseconds (0 when the folder does not exist).
 * @param {string} folder
 */
function newestChange(folder) {
  try {
    return Math.max(
      0,
      ...readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => statSync(`${entry.parentPath}/${entry.name}`).mtimeMs),
    );
  } catch {
    return 0;
  }
}

function builtAt() {
  try {
    return statSync(buildStamp).mtimeMs;
  } catch {
    return 0;
  }
}

if (builtAt() >= newestChange(`${root}src`)) {
  await import(built);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('error: Ponte is not built: run `npm run build` (or `npm install`) in ' + root + '\n');
    process.exit(2);
  }
  register();
  await import('../src/cli/main.ts');
}
