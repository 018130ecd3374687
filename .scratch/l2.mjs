import { Liquid } from 'liquidjs';
const e = new Liquid({ strictVariables: true, strictFilters: true, ownPropertyOnly: true, templates: {} });
const t = e.parse(`Olá\n {{ payer.name }} {{ tracking_code | upcase }}\n{{ foo[bar] }} {% render "x" %}`);
const a = e.analyzeSync(t, {partials: false});
for (const [k, vs] of Object.entries(a.globals)) for (const v of vs) console.log(k, v.toString(), v.segments, v.location);
console.log(Object.keys(a));
