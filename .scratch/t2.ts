import { messageLiquid } from '../src/connectors/sdk/notification-catalog.ts';
const e = messageLiquid();
for (const src of ['{{ a | nofilter }}', '{% if a %}x', '{{ a | truncate: "x" }}', '{% for i in (1..100000000) %}{{ i }}{% endfor %}']) {
  try { const t = e.parse(src); console.log('parsed', src); const out = await e.render(t, { a: 'oi' }); console.log('rendered', String(out).length); } catch (err) { console.log((err as Error).name, (err as Error).message); }
}
