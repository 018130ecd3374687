// The layering check (`npm run lint:layers`; docs/architecture.md, "Layering check"). The arrows point one way:
// platform ← modules ← flows ← routes, jobs, CLI, ponte.ts; connectors get a narrow context; web/ stands apart.
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle makes two files one unit that cannot be understood, tested or moved apart. Break it by moving the shared ' +
        'piece down a layer, or the work spanning both up into src/flows/.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'platform-knows-no-domain',
      severity: 'error',
      comment:
        'src/platform/ is infrastructure with no domain: it imports only platform code and libraries, never modules, flows, ' +
        'connectors, the CLI or the composition (ponte.ts, server.ts). Pass what it needs in as a parameter or interface.',
      from: { path: '^src/platform/' },
      to: { path: ['^src/(modules|flows|connectors|cli)/', '^src/(ponte|server)\\.ts$'] },
    },
    {
      name: 'connectors-get-a-narrow-context',
      severity: 'error',
      comment:
        'Connector code (SDK, catalog, providers and their sandboxes) gets a narrow context (HTTP, its credentials, a ' +
        'rate-limit gate) and never the database nor a module. Host-side implementations (the vault-backed runtime, the ' +
        'database-backed rate limiter) live in src/modules/sync/ behind interfaces the SDK declares. Platform pieces such as ' +
        'the clock, the calendar and HTTP problems are fine.',
      from: { path: '^src/connectors/' },
      to: { path: ['^src/(modules|flows|cli)/', '^src/platform/database/', '^src/(ponte|server)\\.ts$'] },
    },
    {
      name: 'modules-meet-through-index',
      severity: 'error',
      comment:
        "A module is reached only through its index.ts: src/modules/a/x.ts may import src/modules/b/index.ts, never " +
        'src/modules/b/y.ts. Export what other modules need from the index, or move the work into src/flows/.',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'modules-sit-below-flows',
      severity: 'error',
      comment:
        'Modules sit below flows and the entry points: they import nothing from src/flows/, src/cli/ or the composition ' +
        '(ponte.ts, server.ts). Work spanning modules belongs in a flow that calls them.',
      from: { path: '^src/modules/' },
      to: { path: ['^src/(flows|cli)/', '^src/(ponte|server)\\.ts$'] },
    },
    {
      name: 'flows-meet-modules-through-index',
      severity: 'error',
      comment: "A flow uses a module only through the module's index.ts, like any other module's client.",
      from: { path: '^src/flows/' },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'flows-sit-below-entry-points',
      severity: 'error',
      comment: 'Flows are called by routes, jobs, the CLI and ponte.ts; they import none of the CLI or the composition.',
      from: { path: '^src/flows/' },
      to: { path: ['^src/cli/', '^src/(ponte|server)\\.ts$'] },
    },
    {
      name: 'web-talks-only-http',
      severity: 'error',
      comment: 'The console (web/) calls Ponte only over /v1 (a client typed from /openapi.json); it imports nothing from src/.',
      from: { path: '^web/' },
      to: { path: '^src/' },
    },
  ],
  options: {
    // The layers are src/ and web/ (the console, once it exists); tests, benchmarks and tooling are not checked.
    includeOnly: '^(src|web)/',
    exclude: { path: '(^|/)(node_modules|dist)/' },
    doNotFollow: { path: 'node_modules' },
    // `import type` counts: a type-only import still ties the layers together (and makes cycles).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
