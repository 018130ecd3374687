/** Where the /connect pages link their stylesheet; the route serving CONNECT_STYLESHEET there is the caller's. */
export const CONNECT_STYLESHEET_PATH = '/connect/assets/connect.css';

/**
 * The policy the /connect pages are written for: no script at all, styles only from the stylesheet above, the form
 * posting to the same origin, and no framing (a credential form inside someone else's page is a phishing kit).
 */
export const CONNECT_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/**
 * Kept as text (not a .css file) so the compiled build carries it without a copy step. Colours reach WCAG AA
 * contrast on white (text #1f2933 ≈ 14:1, links and button #0b57a4 ≈ 6.8:1, errors #b00020 ≈ 7:1); inputs use
 * 16px text so phones do not zoom into them.
 */
export const CONNECT_STYLESHEET = `*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #f4f6f8; color: #1f2933; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: #0b57a4; }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
.page { max-width: 36rem; margin: 0 auto; padding: 1rem; }
.top { display: flex; justify-content: space-between; align-items: center; gap: 1rem; margin-bottom: 1rem; }
.brand { font-weight: 700; font-size: 1.125rem; }
.languages { margin: 0; padding: 0; list-style: none; display: flex; gap: 0.75rem; font-size: 0.9375rem; }
.languages [aria-current] { font-weight: 700; }
.card { background: #fff; border: 1px solid #d5dbe1; border-radius: 0.5rem; padding: 1.25rem; }
h1 { font-size: 1.375rem; line-height: 1.3; margin: 0 0 0.5rem; }
h2 { font-size: 1.0625rem; margin: 1.25rem 0 0.5rem; }
.lead { margin: 0 0 0.75rem; }
.deadline { margin: 0 0 1rem; padding: 0.5rem 0.75rem; background: #fff8e1; border-left: 4px solid #b26a00; }
ol.steps { margin: 0 0 1rem; padding-left: 1.25rem; }
ol.steps li { margin-bottom: 0.375rem; }
.notice { margin: 0 0 1rem; padding: 0.75rem; border-radius: 0.375rem; background: #fdecee; border: 1px solid #b00020; }
.notice h2 { margin-top: 0; color: #b00020; }
.notice ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
.field { margin-bottom: 1rem; }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
.required { color: #b00020; }
.help { display: block; font-size: 0.9375rem; color: #4a5560; margin-bottom: 0.375rem; overflow-wrap: anywhere; }
input[type="text"], input[type="password"] { display: block; width: 100%; min-height: 2.75rem; padding: 0.5rem 0.625rem; font: inherit; color: inherit; background: #fff; border: 1px solid #7b8794; border-radius: 0.375rem; }
input[aria-invalid="true"] { border: 2px solid #b00020; }
.error { display: block; color: #b00020; font-weight: 600; margin-top: 0.25rem; }
.secret-note { font-size: 0.9375rem; color: #4a5560; margin: 0 0 1rem; }
button { display: block; width: 100%; min-height: 2.75rem; padding: 0.625rem 1rem; font: inherit; font-weight: 700; color: #fff; background: #0b57a4; border: 0; border-radius: 0.375rem; cursor: pointer; }
button:hover { background: #08457f; }
.outcome-ok { border-top: 6px solid #1b7f3b; }
.outcome-stop { border-top: 6px solid #b26a00; }
.meta { margin-top: 1rem; font-size: 0.875rem; color: #4a5560; overflow-wrap: anywhere; }
@media (min-width: 40rem) { .page { padding: 2rem 1rem; } .card { padding: 2rem; } button { width: auto; } }
`;
