/** Lowercase, strip accents and unify apostrophes and dashes, so spellings compare by letters only. */
export function foldText(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.replace(/`/g, "'").toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’ʼ`´]/g, "'")
    .replace(/[‐-―]/g, '-')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/Æ/g, 'AE')
    .replace(/Œ/g, 'OE')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/ł/g, 'l')
    .toLowerCase();
}

/** Removes markup that seed documents carry around names (HTML tags, markdown emphasis, links). */
export function stripMarkup(text: string): string {
  return text
    .replace(/<https?:[^>]*>/gi, ' ')
    .replace(/https?:\/\/\S+/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*|__|\*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded words separated by single spaces, elided articles (l', d', qu') and punctuation removed. */
export function foldWords(text: string): string {
  return foldText(text)
    .replace(/\b(?:l|d|qu)'/g, '')
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
