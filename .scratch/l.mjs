import { Liquid } from 'liquidjs';
const e = new Liquid({ strictVariables: true, strictFilters: true, ownPropertyOnly: true, templates: {} });
const src = `Olá {{ payer.name }} {{ amount | default: paid_amount }} {% if boleto_url %}{{ payer["email"] }}{% endif %} {{ foo[bar] }} {% assign x = store.name %}{{ x }} {% for i in items %}{{ i.name }}{% endfor %} {{ payer }}`;
const t = e.parse(src);
console.log(JSON.stringify(e.globalVariableSegmentsSync(t)));
console.log(e.globalFullVariablesSync(t));
try { e.parse('oi {{ payer.name \n\n {% if %}'); } catch (err) { console.log(err.name, err.message, Object.keys(err), err.token?.getPosition?.()); }
try { e.parse('a\nb\n{% iff x %}'); } catch (err) { console.log(err.name, err.message); }
try { await e.parseAndRender('{% include "x" %}', {}); } catch (err) { console.log(err.name, err.message); }
try { await e.parseAndRender('{{ a }}', {}); } catch (err) { console.log(err.name, err.message); }
console.log(await e.parseAndRender('{{ a | upcase }}', {a: ''}));
const h = new Liquid({ outputEscape: 'escape', strictVariables: true });
console.log(await h.parseAndRender('{{ a }} {{ a | raw }}', {a: '<script>&'}));
