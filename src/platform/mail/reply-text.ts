// Hand-written rather than email-reply-parser: that library's regular expressions backtrack quadratically on long
// lines (a 200,000-character line blocked the event loop for 39 s; its remedy is the native re2 module) and it misses
// pt-BR Outlook's "Mensagem original". Every test here is anchored and runs on one line, or a few, at a time.

const QUOTED_LINE = /^\s*>/;
/** "On Wed, 5 Mar 2025 at 10:00, Ana <ana@example.com> wrote:" / "Em qua., 5 de mar. de 2025 às 10:00, Ana escreveu:" */
const ATTRIBUTION_START = /^\s*(?:on|em)\s/i;
const ATTRIBUTION_END = /(?:wrote|escreveu)\s?:$/i;
/** Gmail wraps a long attribution line; it rarely takes more than three. */
const ATTRIBUTION_MAX_LINES = 3;
const ORIGINAL_MESSAGE = /^\s*-{2,}\s*(?:original message|mensagem original)\s*-{2,}\s*$/i;
/** Outlook's block: "From: …" (or "De: …") followed closely by "Sent:", "To:", "Subject:" or their pt-BR names. */
const HEADER_BLOCK_START = /^\s*\*?(?:from|de)\s?:\*?\s+\S/i;
const HEADER_BLOCK_FIELD = /^\s*\*?(?:sent|date|to|cc|subject|enviad[ao]|data|para|assunto)\s?:/i;
const HEADER_BLOCK_REACH = 4;
const SEPARATOR_LINE = /^\s*[_-]{5,}\s*$/;

/**
 * The text a person wrote in a reply, without the history their mail program quoted below it: cut at the first
 * attribution line (en, pt-BR), Outlook "Original Message" separator or From/De header block, and without lines
 * quoted with `>` (so the answers of an inline reply stay). Only a display aid: anything that must be found in a
 * message (a key, a code) should be searched for in the whole text.
 */
export function replyTextOf(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const end = lines.findIndex((_line, index) => startsQuotedHistory(lines, index));
  const own = (end < 0 ? lines : lines.slice(0, end)).filter((line) => !QUOTED_LINE.test(line));
  while (own.length > 0 && (own.at(-1)!.trim() === '' || SEPARATOR_LINE.test(own.at(-1)!))) own.pop();
  while (own.length > 0 && own[0]!.trim() === '') own.shift();
  return own.join('\n');
}

function startsQuotedHistory(lines: string[], index: number): boolean {
  const line = lines[index]!;
  if (ORIGINAL_MESSAGE.test(line)) return true;
  if (ATTRIBUTION_START.test(line)) {
    for (let count = 1; count <= ATTRIBUTION_MAX_LINES; count += 1) {
      if (ATTRIBUTION_END.test(lines.slice(index, index + count).join(' ').trimEnd())) return true;
    }
  }
  if (HEADER_BLOCK_START.test(line)) {
    return lines.slice(index + 1, index + 1 + HEADER_BLOCK_REACH).some((next) => HEADER_BLOCK_FIELD.test(next));
  }
  return false;
}
