import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Cruises `baseDir` with the project's own rules (.dependency-cruiser.mjs), as `npm run lint:layers` does. */
async function layeringViolations(baseDir: string, tsConfigFile?: string): Promise<IViolation[]> {
  const options = await extractDepcruiseOptions(join(root, '.dependency-cruiser.mjs'));
  const tsConfig = tsConfigFile ? extractTSConfig(tsConfigFile) : undefined;
  const { output } = await cruise(['.'], { ...options, baseDir }, undefined, { tsConfig });
  return (output as ICruiseResult).summary.violations;
}

const describeViolation = (violation: IViolation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`;

describe('layering check', () => {
  it('finds no forbidden import and no cycle in src/', async () => {
    const violations = await layeringViolations(root, join(root, 'tsconfig.json'));
    expect(violations.map(describeViolation)).toEqual([]);
  });

  describe('on a tree with forbidden imports planted in it', () => {
    let plantedRoot: string | undefined;
    afterAll(async () => {
      if (plantedRoot) await rm(plantedRoot, { recursive: true, force: true });
    });

    // Shaped like Ponte: every rule is broken once, next to imports the rules allow.
    const planted: Record<string, string> = {
      'src/platform/ids.ts': `export const newId = (prefix: string) => prefix;`,
      'src/platform/database/database.ts': `export interface Database { execute(sql: string): Promise<void> }`,
      // Type-only imports count: this pair is a cycle only through \`import type\` (reported once, at its first file).
      'src/platform/queue/job.ts': `import type { Worker } from './worker.ts';\nexport interface Job { worker?: Worker }`,
      'src/platform/queue/worker.ts': `import type { Job } from './job.ts';\nexport interface Worker { job?: Job }`,
      'src/platform/clock.ts': `import { accountsService } from '../modules/accounts/service.ts';\nexport const clock = accountsService;`,
      'src/modules/accounts/index.ts': `export { accountsService } from './service.ts';`,
      'src/modules/accounts/service.ts': `import { escalate } from '../../flows/escalation.ts';\nimport { newId } from '../../platform/ids.ts';\nexport const accountsService = [escalate, newId];`,
      'src/modules/sync/engine.ts': [
        `import { accountsService } from '../accounts/index.ts';`,
        `import { accountsService as reachedAround } from '../accounts/service.ts';`,
        `import { acmeClient } from '../../connectors/acme/client.ts';`,
        `export const engine = [accountsService, reachedAround, acmeClient];`,
      ].join('\n'),
      'src/flows/escalation.ts': `export const escalate = 'escalate';`,
      'src/flows/onboarding.ts': [
        `import { accountsService } from '../modules/accounts/index.ts';`,
        `import { accountsService as reachedAround } from '../modules/accounts/service.ts';`,
        `export const onboarding = [accountsService, reachedAround];`,
      ].join('\n'),
      'src/connectors/acme/client.ts': [
        `import type { Database } from '../../platform/database/database.ts';`,
        `import { newId } from '../../platform/ids.ts';`,
        `export const acmeClient = (db: Database) => [db, newId];`,
      ].join('\n'),
      'src/connectors/acme/sandbox/app.ts': `import { accountsService } from '../../../modules/accounts/index.ts';\nexport const sandbox = accountsService;`,
      'web/main.ts': `import { newId } from '../src/platform/ids.ts';\nexport const main = newId;`,
    };

    it('reports each one under the rule it breaks, and nothing the rules allow', async () => {
      plantedRoot = await mkdtemp(join(tmpdir(), 'ponte-layering-'));
      for (const [path, text] of Object.entries(planted)) {
        await mkdir(dirname(join(plantedRoot, path)), { recursive: true });
        await writeFile(join(plantedRoot, path), `${text}\n`);
      }

      const violations = await layeringViolations(plantedRoot);

      expect(violations.map(describeViolation).sort()).toEqual(
        [
          'connectors-get-a-narrow-context: src/connectors/acme/client.ts → src/platform/database/database.ts',
          'connectors-get-a-narrow-context: src/connectors/acme/sandbox/app.ts → src/modules/accounts/index.ts',
          'flows-meet-modules-through-index: src/flows/onboarding.ts → src/modules/accounts/service.ts',
          'modules-meet-through-index: src/modules/sync/engine.ts → src/modules/accounts/service.ts',
          'modules-sit-below-flows: src/modules/accounts/service.ts → src/flows/escalation.ts',
          'no-circular: src/platform/queue/job.ts → src/platform/queue/worker.ts',
          'platform-knows-no-domain: src/platform/clock.ts → src/modules/accounts/service.ts',
          'web-talks-only-http: web/main.ts → src/platform/ids.ts',
        ].sort(),
      );
    });
  });
});
