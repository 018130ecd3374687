import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type AnySchemaObject, type ErrorObject } from 'ajv';
import { validate as validateDockerfile } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// No container engine runs here: compose.yaml and the Dockerfile are checked by what defines them. The Compose
// Specification's JSON schema comes with the dclint package (schemas/compose.schema.json, the compose-spec
// repository's schema/compose-spec.json as of its commit 58a2548 of 2025-07-20); dockerfile-utils is the Dockerfile
// validator of the VS Code Docker language server.

const composeText = readFileSync('compose.yaml', 'utf8');
const dockerfileText = readFileSync('Dockerfile', 'utf8');

function composeValidator() {
  const schemaFile = path.join(path.dirname(createRequire(import.meta.url).resolve('dclint/package.json')), 'schemas', 'compose.schema.json');
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as AnySchemaObject;
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The schema names draft-07 by its https address; Ajv knows draft-07 by the http one.
  const draft07 = ajv.getSchema('http://json-schema.org/draft-07/schema')!.schema as AnySchemaObject;
  ajv.addMetaSchema({ ...draft07, $id: schema.$schema as string });
  return ajv.compile(schema);
}
const validateCompose = composeValidator();

/** What the schema finds wrong with a compose document (Compose resolves YAML merge keys before it validates). */
function composeProblems(document: unknown): ErrorObject[] {
  return validateCompose(document) ? [] : validateCompose.errors!;
}

type Service = { command?: string[]; depends_on?: Record<string, { condition: string }>; deploy?: { replicas?: number }; environment?: Record<string, string> };
const compose = () => parse(composeText, { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };

describe('compose.yaml', () => {
  it('is a valid Compose file', () => {
    expect(composeProblems(compose())).toEqual([]);
  });

  it('would be refused with an unknown key in a service, or a condition Compose does not have', () => {
    const unknownKey = compose();
    (unknownKey.services.api as Record<string, unknown>).replica = 2;
    expect(composeProblems(unknownKey)).toContainEqual(expect.objectContaining({ instancePath: '/services/api', params: { additionalProperty: 'replica' } }));
    const badCondition = compose();
    badCondition.services.worker!.depends_on!.migrate!.condition = 'service_done';
    expect(composeProblems(badCondition).map((problem) => problem.instancePath)).toContain('/services/worker/depends_on/migrate/condition');
  });

  it('migrates once, then runs one api and two workers on PostgreSQL, with the secrets left to .env', () => {
    const { services, volumes } = compose();
    expect(services.migrate!.command).toEqual(['migrate']);
    expect(services.api!.command).toEqual(['start', '--role', 'api']);
    expect(services.worker!.command).toEqual(['start', '--role', 'worker']);
    expect(services.worker!.deploy!.replicas).toBeGreaterThanOrEqual(2);
    for (const name of ['api', 'worker']) {
      expect(services[name]!.depends_on).toEqual({ postgres: { condition: 'service_healthy' }, migrate: { condition: 'service_completed_successfully' } });
    }
    expect(services.migrate!.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(JSON.stringify(services.postgres)).toContain('pg_isready');
    expect(Object.keys(volumes)).toContain('postgres-data');
    for (const name of ['migrate', 'api', 'worker']) {
      const environment = services[name]!.environment!;
      expect(environment.DATABASE_URL).toMatch(/^postgres:\/\/ponte:\$\{POSTGRES_PASSWORD:\?[^}]+\}@postgres:5432\/ponte$/);
      // Compose stops with the message when the variable is unset: no key is ever written in the file.
      expect(environment.PONTE_MASTER_KEY).toMatch(/^\$\{PONTE_MASTER_KEY:\?[^}]+\}$/);
      expect(environment.PONTE_SANDBOXES).toBe('off');
    }
  });
});

describe('Dockerfile', () => {
  /** The instructions of each stage, continuation lines joined. */
  const stages = dockerfileText
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('#'))
    .reduce<string[][]>((all, line) => (line.startsWith('FROM ') ? [...all, [line]] : (all.at(-1)?.push(line), all)), []);

  it('has no problem dockerfile-utils can see, and it would see one', () => {
    expect(validateDockerfile(dockerfileText)).toEqual([]);
    const broken = validateDockerfile(dockerfileText.replace('EXPOSE 3000', 'EXPOSE 3000/ftp'));
    expect(broken.map((problem) => problem.message)).toContain('Invalid proto: ftp');
  });

  it('builds in one stage and runs the compiled code, production dependencies only, as an unprivileged user', () => {
    expect(stages).toHaveLength(2);
    const [build, runtime] = stages as [string[], string[]];
    expect(build[0]).toMatch(/^FROM \$\{NODE_IMAGE\} AS build$/);
    expect(dockerfileText).toMatch(/^ARG NODE_IMAGE=node:20-(bookworm-)?slim$/m);
    expect(build).toContain('RUN npm run build');
    expect(runtime).toEqual(
      expect.arrayContaining([
        'RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force',
        'COPY --from=build /app/dist ./dist',
        'USER node',
        'EXPOSE 3000',
        'VOLUME ["/var/lib/ponte"]',
      ]),
    );
    const environment = runtime.filter((line) => line.startsWith('ENV ')).join(' ');
    expect(environment).toContain('NODE_ENV=production');
    expect(environment).toContain('PONTE_DATA_DIR=/var/lib/ponte');
    expect(environment).toContain('HOST=0.0.0.0');
    expect(runtime.find((line) => line.startsWith('HEALTHCHECK '))).toMatch(/CMD \["node", "-e", ".*\/healthz/);
  });

  it('leaves secrets, data and local builds out of the build context', () => {
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.env', 'node_modules', 'data', 'dist', '.git']));
  });
});
