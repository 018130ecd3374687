#!/usr/bin/env node
// Run by `prepare`: links node_modules/.bin/ponte to bin/ponte.js so that `npx ponte` in this folder finds the command
// at once. With a `bin` field in package.json, npx instead treats Ponte as a package to install into its own cache on
// every call (it loads the whole dependency tree first), which costs about half a second more than Ponte takes to answer.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const binFolder = fileURLToPath(new URL('../node_modules/.bin/', import.meta.url));
mkdirSync(binFolder, { recursive: true });
rmSync(`${binFolder}ponte`, { force: true });
symlinkSync('../../bin/ponte.js', `${binFolder}ponte`);
