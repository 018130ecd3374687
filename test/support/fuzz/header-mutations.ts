import type { Mutation } from './fuzz-request.ts';
import { longText } from './hostile-values.ts';
import type { FuzzFixtures } from './schema-samples.ts';
import type { SeededRandom } from './seeded-random.ts';

const always = () => true;

export const headerMutations: Record<string, Mutation> = {
  'header.request-id': {
    weight: 3,
    applies: always,
    // Ponte keeps a sane caller's id and replaces the rest: none of these may break the answer or the request log.
    apply: (draft, { random }) => {
      draft.headers['x-request-id'] = random.pick<string | string[]>([
        longText(random.int(129, 4_000), 'r'),
        'has spaces in it',
        '../../etc/passwd',
        '',
        'caf\u00e9',
        '%00',
        '\t',
        '<script>',
        ['fuzz-a', 'fuzz-b'],
        'fuzz-dup',
      ]);
    },
  },
  'header.odd': {
    weight: 1.5,
    applies: always,
    apply: (draft, { random }) => {
      const [name, value] = random.pick<[string, string]>([
        ['accept', 'application/xml'],
        ['accept', '*/*;q=foo'],
        ['accept-encoding', 'gzip;q=foo, br;q=-1'],
        ['accept-language', longText(4_000, 'pt-BR,')],
        ['cookie', longText(8_000, 'c=1; ')],
        ['x-forwarded-for', '999.999.999.999, ::ffff:%00'],
        ['x-http-method-override', 'DELETE'],
        ['if-none-match', '*'],
        ['range', 'bytes=0-1,-5,999999999999-'],
      ]);
      draft.headers[name] = value;
      if (random.chance(0.2)) for (let i = 0; i < 100; i++) draft.headers[`x-fuzz-${i}`] = random.word(40);
    },
  },
};

/** The Authorization header variants: mostly a valid admin token, so that validation and queries run. */
export const AUTH_WEIGHTS = {
  admin: 72,
  customer: 12,
  none: 2,
  'bearer-only': 1,
  'bearer-space': 1,
  'bearer-10kb': 1.5,
  basic: 1,
  'unknown-token': 1.5,
  expired: 1.5,
  revoked: 1,
  'lowercase-scheme': 1,
  'two-tokens': 1,
  'percent-nul': 1,
  latin1: 1,
  'sql-ish': 0.5,
  'jwt-looking': 0.5,
} as const;

export type AuthKind = keyof typeof AUTH_WEIGHTS;

/** The Authorization header of a kind, or undefined for none. */
export function authorizationFor(kind: AuthKind, fixtures: FuzzFixtures, random: SeededRandom): string | undefined {
  const wellFormed = () => `pat_${random.word(43)}`;
  switch (kind) {
    case 'admin':
      return `Bearer ${fixtures.adminToken}`;
    case 'customer':
      return `Bearer ${fixtures.customerToken}`;
    case 'none':
      return undefined;
    case 'bearer-only':
      return 'Bearer';
    case 'bearer-space':
      return 'Bearer ';
    case 'bearer-10kb':
      return `Bearer ${longText(10_240, 'pat_')}`;
    case 'basic':
      return random.pick(['Basic x', 'Basic ZnV6ejpmdXp6', 'Digest username="fuzz"']);
    case 'unknown-token':
      return `Bearer ${wellFormed()}`;
    case 'expired':
      return `Bearer ${fixtures.values.expiredToken![0]}`;
    case 'revoked':
      return `Bearer ${fixtures.values.revokedToken![0]}`;
    case 'lowercase-scheme':
      return `bearer    ${fixtures.adminToken}   `;
    case 'two-tokens':
      return `Bearer ${fixtures.adminToken}, Bearer ${fixtures.customerToken}`;
    case 'percent-nul':
      return `Bearer ${fixtures.adminToken}%00`;
    case 'latin1':
      return `Bearer pat_\u00e9${fixtures.adminToken.slice(5)}`;
    case 'sql-ish':
      return "Bearer ' or 1=1 --";
    case 'jwt-looking':
      return 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.';
  }
}
