import { readFileSync } from 'node:fs';

/** Ponte's version, from package.json (the same path from src/ and from the build in dist/). */
export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
