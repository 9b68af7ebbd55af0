import { convert } from 'html-to-text';

const htmlOptions = {
  wordwrap: false as const,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', options: { uppercaseHeaderCells: false } },
  ],
};

const autolink = /<((?:https?:\/\/|www\.)[^\s<>]+)>/g;
const markdownLink = /\[([^\]]*)\]\(([^)\s]*)\)/g;
const looksLikeHtml = /<\/?[a-z][a-z0-9]*(?:\s[^>]*)?>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

/**
 * Plain text from a fragment that may hold HTML tags, entities or markdown emphasis.
 * Paragraph breaks (`<p>`, blank lines) are kept as "\n\n"; other whitespace is collapsed.
 */
export function cleanText(fragment: string): string {
  // Markdown autolinks look like tags to an HTML parser, which would swallow the address.
  let text = fragment.replace(autolink, '$1').replace(markdownLink, (_, label: string) => label);
  if (looksLikeHtml.test(text)) text = convert(text, htmlOptions);
  text = stripMarkdown(text);
  return normaliseWhitespace(text);
}

/** `cleanText` on one line: paragraph breaks become spaces. */
export function cleanInline(fragment: string): string {
  return cleanText(fragment).replace(/\s*\n+\s*/g, ' ').trim();
}

/** Paragraphs of a fragment, each cleaned, empty ones dropped. */
export function cleanParagraphs(fragment: string): string[] {
  return cleanText(fragment)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

function stripMarkdown(text: string): string {
  return text
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/(^|[\s(«"'])\*([^*\n]+)\*(?=$|[\s).,;:!?»"'])/g, '$1$2')
    .replace(/(^|\s)_([^_\n]+)_(?=$|[\s.,;:!?])/g, '$1$2')
    .replace(/\^\{([^}]*)\}/g, '$1')
    .replace(/\\([$*_[\]()#>`~\\-])/g, '$1');
}

function normaliseWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[ \f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Accent- and case-insensitive form for comparing labels and names. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

/** "STRATÉGIES DE COLLABORATION" → "Stratégies de collaboration"; mixed-case text is kept as written. */
export function toSentenceCase(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0 || letters !== letters.toUpperCase()) return text;
  const lower = text.toLocaleLowerCase('fr');
  return lower.charAt(0).toLocaleUpperCase('fr') + lower.slice(1);
}
