import { Liquid, type Template } from 'liquidjs';
import type { Finding } from '../../platform/findings.ts';
import { guideSectionUrl } from '../../platform/http/guides.ts';
import { ANSWER_CATEGORIES, ANSWER_FRAMES, ANSWER_TEXTS, GUIDE_TITLES, type AnswerCategory, type AnswerLocale } from './standard-answer-texts.ts';

export type { AnswerCategory, AnswerLocale } from './standard-answer-texts.ts';

export interface StandardAnswerLink {
  title: string;
  url: string;
}

/** An answer an agent can send as it is (or edit first): plain text with full URLs, as in an e-mail. */
export interface StandardAnswer {
  category: AnswerCategory;
  locale: AnswerLocale;
  subject: string;
  body: string;
  /** Every guide section the body links to, in the order it does. */
  links: StandardAnswerLink[];
  /** Who answers: a key request is the commercial team's, everything else support's. */
  team: 'support' | 'engineering' | 'commercial';
}

export interface StandardAnswerInput {
  category: AnswerCategory;
  locale: AnswerLocale;
  requesterName?: string | null;
  findings: Finding[];
  /** Where this Ponte serves its guides, e.g. `https://ponte.example.com/docs/guides`. */
  guidesBaseUrl: string;
}

/** The guide sections each category always points to (`page#anchor`), beside those of its failed findings. */
const MAIN_SECTIONS: Record<AnswerCategory, string[]> = {
  api_question: ['problems', 'authentication#tokens'],
  invalid_api_key: ['environments#key-environment', 'authentication#keys'],
  access_token: ['authentication#token-renewal'],
  off_hours_error: ['off-hours#maintenance-windows', 'off-hours#reprocessing'],
  product_question: ['versions#products', 'versions#not-offered'],
  unexplained_error: [],
  key_user_confusion: ['authentication#users'],
  // A key request is a commercial matter: no technical steps, no findings, no guides.
  key_request: [],
  bug: [],
  onboarding: [],
  complaint: [],
  sync_failure: [],
};

const TEAM_OF: Partial<Record<AnswerCategory, StandardAnswer['team']>> = { key_request: 'commercial' };

// Plain text: no output escaping (the answer is not HTML); an unknown variable or filter is an error, never a blank.
const engine = new Liquid({ strictVariables: true, strictFilters: true, ownPropertyOnly: true });

interface CompiledText {
  subject: Template[];
  greeting: Template[];
  intro: Template[][];
  steps: Template[][];
  outro: Template[][];
}

const compiled = Object.fromEntries(
  (['pt-BR', 'en'] as const).map((locale) => [
    locale,
    Object.fromEntries(
      ANSWER_CATEGORIES.map((category) => {
        const text = ANSWER_TEXTS[locale][category];
        const parse = (source: string) => engine.parse(source);
        const value: CompiledText = {
          subject: parse(text.subject),
          greeting: parse(ANSWER_FRAMES[locale].greeting),
          intro: text.intro.map(parse),
          steps: text.steps.map(parse),
          outro: text.outro.map(parse),
        };
        return [category, value];
      }),
    ),
  ]),
) as Record<AnswerLocale, Record<AnswerCategory, CompiledText>>;

function linkTo(guide: string, locale: AnswerLocale, guidesBaseUrl: string): StandardAnswerLink {
  const page = guide.split('#')[0]!;
  return { title: GUIDE_TITLES[locale][guide] ?? GUIDE_TITLES[locale][page] ?? guide, url: guideSectionUrl(guidesBaseUrl, guide, locale) };
}

/**
 * The standard answer to a support ticket of this category, in the requester's language: what the category is about,
 * each failed check's summary with the guide section that explains it, the steps to fix it and the category's own
 * guide sections. Checks that passed or could not decide are left out: the answer says what is wrong.
 */
export function standardAnswer(input: StandardAnswerInput): StandardAnswer {
  const { category, locale, guidesBaseUrl } = input;
  const frame = ANSWER_FRAMES[locale];
  const texts = compiled[locale][category];
  const team = TEAM_OF[category] ?? 'support';
  const failed = team === 'commercial' ? [] : input.findings.filter((finding) => finding.outcome === 'fail');
  const scope = { requesterName: input.requesterName ?? null, hasFindings: failed.length > 0 };
  const render = (template: Template[]) => (engine.renderSync(template, scope) as string).trim();
  const renderAll = (templates: Template[][]) => templates.map(render).filter((paragraph) => paragraph !== '');

  const links: StandardAnswerLink[] = [];
  const keep = (link: StandardAnswerLink) => {
    if (!links.some((each) => each.url === link.url)) links.push(link);
    return link;
  };
  const findingLines = failed.map((finding) => {
    const summary = `- ${finding.summary[locale]}`;
    if (!finding.guide) return summary;
    const link = keep(linkTo(finding.guide, locale, guidesBaseUrl));
    return `${summary}\n  ${link.title}: ${link.url}`;
  });
  const mainLinks = MAIN_SECTIONS[category].map((guide) => keep(linkTo(guide, locale, guidesBaseUrl)));
  const steps = renderAll(texts.steps);

  const paragraphs = [
    render(texts.greeting),
    ...renderAll(texts.intro),
    findingLines.length > 0 ? `${frame.findingsHeading}\n${findingLines.join('\n')}` : '',
    steps.length > 0 ? `${frame.stepsHeading}\n${steps.map((step, index) => `${index + 1}. ${step}`).join('\n')}` : '',
    ...renderAll(texts.outro),
    mainLinks.length > 0 ? `${frame.linksHeading}\n${mainLinks.map((link) => `- ${link.title}: ${link.url}`).join('\n')}` : '',
    frame.signature[team],
  ].filter((paragraph) => paragraph !== '');

  return { category, locale, subject: render(texts.subject), body: `${paragraphs.join('\n\n')}\n`, links, team };
}
