import { readFileSync } from 'node:fs';
import type { FastifyReply } from 'fastify';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { z } from 'zod';
import type { HttpServer } from './http-server.ts';
import { GUIDES_PATH, Problem, platformProblems, registeredProblems, type ProblemType } from './problems.ts';
import { escapeHtml } from './html.ts';

/** The languages the guides are written in; pt-BR is the primary text and the default. */
export const GUIDE_LOCALES = ['pt-BR', 'en'] as const;
export type GuideLocale = (typeof GUIDE_LOCALES)[number];

/**
 * The pages of the guides, in the order the index and the navigation show them. Their names and section anchors are a
 * contract: findings, standard answers and problem `type` URIs link to `<page>#<anchor>`.
 */
export const GUIDE_PAGES = ['authentication', 'environments', 'versions', 'problems', 'off-hours'] as const;
export type GuidePage = (typeof GUIDE_PAGES)[number];

const STYLESHEET_PATH = `${GUIDES_PATH}/assets/guides.css`;

/** No script at all and styles only from the stylesheet below: the pages are text and links. */
const GUIDES_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

const STYLESHEET = `*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #f4f6f8; color: #1f2933; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: #0b57a4; }
a:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
.page { max-width: 50rem; margin: 0 auto; padding: 1rem; }
.top { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem 1rem; margin-bottom: 1rem; }
.brand { font-weight: 700; font-size: 1.125rem; color: inherit; text-decoration: none; }
.top ul { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; font-size: 0.9375rem; }
.top [aria-current] { font-weight: 700; }
main { background: #fff; border: 1px solid #d5dbe1; border-radius: 0.5rem; padding: 0.5rem 1.25rem 1.25rem; }
h1 { font-size: 1.625rem; line-height: 1.3; }
h2 { font-size: 1.25rem; margin-top: 2rem; padding-top: 0.5rem; border-top: 1px solid #e4e8ec; }
h2:target, h3:target { background: #fff8e1; }
code { font: 0.9em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eef1f4; padding: 0.1em 0.3em; border-radius: 0.25rem; overflow-wrap: anywhere; }
pre { background: #eef1f4; padding: 0.75rem; border-radius: 0.375rem; overflow-x: auto; }
pre code { padding: 0; background: none; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; display: block; overflow-x: auto; }
th, td { border: 1px solid #d5dbe1; padding: 0.375rem 0.5rem; text-align: left; vertical-align: top; }
.status { color: #4a5560; margin-top: -0.5rem; }
.codes { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; }
`;

const COPY: Record<GuideLocale, { guides: string; languageNav: string; pagesNav: string; languages: Record<GuideLocale, string>; status: string; codesNav: string; cause: string; fix: string }> = {
  'pt-BR': {
    guides: 'Guias',
    languageNav: 'Idioma',
    pagesNav: 'Páginas dos guias',
    languages: { 'pt-BR': 'Português', en: 'English' },
    status: 'HTTP',
    codesNav: 'Códigos de erro',
    cause: 'Causa:',
    fix: 'O que fazer:',
  },
  en: {
    guides: 'Guides',
    languageNav: 'Language',
    pagesNav: 'Guide pages',
    languages: { 'pt-BR': 'Português', en: 'English' },
    status: 'HTTP',
    codesNav: 'Problem codes',
    cause: 'Cause:',
    fix: 'What to do:',
  },
};

/** Where the guides' markdown lives: docs/ at the package's root, the same three levels up from src/ and from dist/. */
const DOCS = new URL('../../../docs/', import.meta.url);

/** The address of a guide section: pt-BR needs no `lang` (the default); the anchor comes last, as browsers need. */
export function guideSectionUrl(guidesBaseUrl: string, guide: string, locale: GuideLocale): string {
  const [page, anchor] = guide.split('#', 2) as [string, string | undefined];
  return `${guidesBaseUrl.replace(/\/+$/, '')}/${page}${locale === 'en' ? '?lang=en' : ''}${anchor ? `#${anchor}` : ''}`;
}


const EXPLICIT_ID = /\s*\{#([a-z0-9][a-z0-9_-]*)\}\s*$/;

/**
 * Markdown as the guides use it: raw HTML is escaped (html: false), headings take their id from an explicit
 * `{#anchor}` at their end (the contract's anchors, the same in both languages, never derived from the words), and a
 * relative link names another guide page (`environments#key-environment`), made absolute and kept in the page's
 * language; a link to a repository file (`….md`) has no page here, so only its text is kept.
 */
function markdownFor(locale: GuideLocale): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.core.ruler.push('heading_ids', (state) => {
    state.tokens.forEach((token, index) => {
      if (token.type !== 'heading_open') return;
      const inline = state.tokens[index + 1];
      const match = inline ? EXPLICIT_ID.exec(inline.content) : null;
      if (!inline || !match) return;
      token.attrSet('id', match[1]!);
      inline.content = inline.content.replace(EXPLICIT_ID, '');
      const last = inline.children?.at(-1);
      if (last?.type === 'text') last.content = last.content.replace(EXPLICIT_ID, '');
    });
  });
  const isRelative = (href: string) => !/^[a-z][a-z0-9+.-]*:|^\/|^#/i.test(href);
  md.core.ruler.push('guide_links', (state) => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      const kept: Token[] = [];
      const dropping: boolean[] = [];
      for (const token of block.children) {
        if (token.type === 'link_open') {
          const href = token.attrGet('href') ?? '';
          const drop = isRelative(href) && /\.md(#|$)/.test(href);
          dropping.push(drop);
          if (drop) continue;
          if (isRelative(href)) token.attrSet('href', guideSectionUrl(GUIDES_PATH, href, locale));
        } else if (token.type === 'link_close' && dropping.pop()) continue;
        kept.push(token);
      }
      block.children = kept;
    }
  });
  return md;
}

interface ProblemText {
  /** HTML of the cause, from docs/support/api-problems.md. */
  cause: string;
  fix: string | null;
}

/**
 * Each problem code's cause and fix, read from the tables of docs/support/api-problems.md (the pt-BR part first, then
 * the part headed "English"): the first cell names the codes in backticks, the third says what happened and the
 * fourth what to do (the English table joins both with "→"). The file stays the one place codes are documented.
 */
export function problemTexts(source: string): Record<GuideLocale, Map<string, ProblemText>> {
  const english = source.search(/^# English/m);
  const parts: Record<GuideLocale, string> = english < 0 ? { 'pt-BR': source, en: '' } : { 'pt-BR': source.slice(0, english), en: source.slice(english) };
  const out = { 'pt-BR': new Map<string, ProblemText>(), en: new Map<string, ProblemText>() };
  for (const locale of GUIDE_LOCALES) {
    const md = markdownFor(locale);
    const tokens = md.parse(parts[locale], {});
    let row: Token[] | null = null;
    for (const token of tokens) {
      if (token.type === 'tr_open') row = [];
      else if (token.type === 'inline' && row) row.push(token);
      else if (token.type === 'tr_close' && row) {
        const [codes, , meaning, whatToDo] = row;
        const names = (codes?.children ?? []).filter((child) => child.type === 'code_inline').map((child) => child.content);
        if (meaning && names.length > 0 && !names.includes('code') && !names.includes('código')) {
          const html = md.renderer.renderInline(meaning.children ?? [], md.options, {});
          const [cause, arrowFix] = whatToDo ? [html, null] : html.split(' → ', 2);
          const fix = whatToDo ? md.renderer.renderInline(whatToDo.children ?? [], md.options, {}) : (arrowFix ?? null);
          for (const name of names) if (!out[locale].has(name)) out[locale].set(name, { cause: cause!, fix });
        }
        row = null;
      }
    }
  }
  return out;
}

interface GuideSources {
  pages: Record<GuideLocale, Record<GuidePage | 'index', string>>;
  problems: Record<GuideLocale, Map<string, ProblemText>>;
}

function readSources(): GuideSources {
  const read = (path: string) => readFileSync(new URL(path, DOCS), 'utf8');
  const pagesOf = (locale: GuideLocale) =>
    Object.fromEntries(['index', ...GUIDE_PAGES].map((page) => [page, read(`guides/${locale}/${page}.md`)])) as Record<GuidePage | 'index', string>;
  return { pages: { 'pt-BR': pagesOf('pt-BR'), en: pagesOf('en') }, problems: problemTexts(read('support/api-problems.md')) };
}

const titleOf = (markdown: string) => /^# (.+)$/m.exec(markdown)?.[1]?.trim() ?? '';

/** One section per registered code, in the order the problems document lists them, then any it lacks. */
function problemSections(locale: GuideLocale, texts: Map<string, ProblemText>, problems: ProblemType[]): string {
  const copy = COPY[locale];
  const order = [...texts.keys()];
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  const sorted = [...problems].sort((a, b) => rank(a.code) - rank(b.code));
  // A list of every code first: the page is long, and a reader with a code in hand looks for it here.
  const index = `<nav aria-label="${copy.codesNav}"><ul class="codes">${sorted
    .map((problem) => `<li><a href="#${escapeHtml(problem.code)}"><code>${escapeHtml(problem.code)}</code></a></li>`)
    .join('')}</ul></nav>`;
  return `${index}\n${sorted
    .map((problem) => {
      const text = texts.get(problem.code);
      return [
        `<h2 id="${escapeHtml(problem.code)}"><code>${escapeHtml(problem.code)}</code></h2>`,
        `<p class="status">${copy.status} ${problem.status} · ${escapeHtml(problem.title)}</p>`,
        text ? `<p><strong>${copy.cause}</strong> ${text.cause}</p>` : '',
        text?.fix ? `<p><strong>${copy.fix}</strong> ${text.fix}</p>` : '',
      ].join('\n');
    })
    .join('\n')}`;
}

function layout(locale: GuideLocale, page: GuidePage | 'index', title: string, body: string, titles: Record<GuidePage, string>): string {
  const copy = COPY[locale];
  const here = page === 'index' ? GUIDES_PATH : `${GUIDES_PATH}/${page}`;
  const languages = GUIDE_LOCALES.map((each) =>
    each === locale
      ? `<li><span aria-current="true" lang="${each}">${copy.languages[each]}</span></li>`
      : `<li><a href="${here}${each === 'en' ? '?lang=en' : ''}" hreflang="${each}" lang="${each}">${copy.languages[each]}</a></li>`,
  );
  const pages = GUIDE_PAGES.map((each) =>
    each === page
      ? `<li><span aria-current="page">${escapeHtml(titles[each])}</span></li>`
      : `<li><a href="${guideSectionUrl(GUIDES_PATH, each, locale)}">${escapeHtml(titles[each])}</a></li>`,
  );
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} · Ponte</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<div class="page">
<header class="top">
<a class="brand" href="${GUIDES_PATH}${locale === 'en' ? '?lang=en' : ''}">Ponte · ${copy.guides}</a>
<nav aria-label="${copy.languageNav}"><ul>${languages.join('')}</ul></nav>
<nav aria-label="${copy.pagesNav}"><ul>${pages.join('')}</ul></nav>
</header>
<main>
${body}
</main>
</div>
</body>
</html>
`;
}

/**
 * The guides for partners' developers and support agents, at /docs/guides (the index) and /docs/guides/<page>, in
 * pt-BR or, with `?lang=en`, in English; the problems page adds a section per registered problem code, which is
 * where every problem+json `type` points. Rendered once per page and language, on first request (every module has
 * declared its problems by then).
 */
export function registerGuideRoutes(app: HttpServer): void {
  const sources = readSources();
  const rendered = new Map<string, string>();
  const markdown = { 'pt-BR': markdownFor('pt-BR'), en: markdownFor('en') };

  const renderPage = (page: GuidePage | 'index', locale: GuideLocale): string => {
    const key = `${locale}/${page}`;
    const cached = rendered.get(key);
    if (cached !== undefined) return cached;
    const source = sources.pages[locale][page];
    const titles = Object.fromEntries(GUIDE_PAGES.map((each) => [each, titleOf(sources.pages[locale][each])])) as Record<GuidePage, string>;
    let body = markdown[locale].render(source);
    if (page === 'problems') body += problemSections(locale, sources.problems[locale], registeredProblems());
    const html = layout(locale, page, titleOf(source), body, titles);
    rendered.set(key, html);
    return html;
  };

  const querystring = z.strictObject({ lang: z.enum(GUIDE_LOCALES).optional() });
  const send = (reply: FastifyReply, html: string) =>
    reply.type('text/html; charset=utf-8').header('content-security-policy', GUIDES_CONTENT_SECURITY_POLICY).send(html);

  app.get(STYLESHEET_PATH, { schema: { hide: true } }, (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET),
  );
  app.get(GUIDES_PATH, { schema: { hide: true, querystring } }, (request, reply) => send(reply, renderPage('index', request.query.lang ?? 'pt-BR')));
  app.get(`${GUIDES_PATH}/:page`, { schema: { hide: true, querystring, params: z.strictObject({ page: z.string() }) } }, (request, reply) => {
    const page = GUIDE_PAGES.find((each) => each === request.params.page);
    if (!page) throw new Problem(platformProblems.not_found, `There is no guide page ${request.params.page}`);
    return send(reply, renderPage(page, request.query.lang ?? 'pt-BR'));
  });
}
