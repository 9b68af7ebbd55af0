import type { PersonMention, SourceRef } from '../imported-document.js';
import { cleanInline } from './clean-text.js';
import { isRoleWord } from './labels.js';
import { parsePersonMention } from './person-mention.js';

const urlToken = /<?((?:https?:\/\/|www\.)[^\s<>]+?)>?(?=[\s.,;]*(?:\s|$))/g;
const joinedNames = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:et|y|and|&)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})$/u;
const secondPerson = /\s+(?:et|y|and)\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}[.,]\s+(\S+))/gu;

export function urlsIn(text: string): string[] {
  return [...text.matchAll(urlToken)].map((match) => match[1]!.replace(/[.,;)]+$/, ''));
}

/** Whether a line reads as "Name. Title. <url>" rather than a sentence of a description. */
export function looksLikePresenterLine(text: string): boolean {
  const line = cleanInline(text);
  if (line.length === 0 || line.length > 400) return false;
  const withoutUrls = line.replace(/(?:https?:\/\/|www\.)\S+/g, '').trim();
  const first = withoutUrls.split(/\.\s|\.$|\s[-–]\s|,\s/)[0]!.trim();
  const words = first.split(/\s+/);
  if (words.length < 1 || words.length > 8) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  const nameLike = capitalised >= Math.min(2, words.length) && words.every((word) => /^[\p{Lu}]|^(?:de|di|da|del|du|van|von|et|y|and|la|le)$/u.test(word));
  return nameLike && (urlsIn(line).length > 0 || line.length < 250);
}

/**
 * The people of a presenter line: "William Moreno. Gérant … <url>. Federico Pérez. <url>",
 * "Alan Southern et Helen Heap. Experts en économie sociale. Université de Liverpool. <url>".
 */
export function parsePresenterLine(text: string, source: SourceRef): PersonMention[] {
  const line = cleanInline(text);
  const chunks: string[] = [];
  let current = '';
  let afterUrl = false;
  for (const piece of line.split(/(<?(?:https?:\/\/|www\.)[^\s<>]+>?)/)) {
    if (/^<?(?:https?:\/\/|www\.)/.test(piece)) {
      current += ` ${piece}`;
      afterUrl = true;
      continue;
    }
    const rest = piece.replace(/^[\s.,;-]+/, '');
    if (afterUrl && /^\p{Lu}/u.test(rest) && looksLikePresenterLine(rest)) {
      chunks.push(current);
      current = rest;
    } else {
      current += piece;
    }
    afterUrl = false;
  }
  chunks.push(current);

  const people: PersonMention[] = [];
  for (const chunk of chunks.map((c) => c.trim()).filter((c) => c.length > 0)) {
    for (const part of splitAtSecondPerson(chunk)) {
      const dot = part.search(/\.\s|\.$/);
      const head = dot >= 0 ? part.slice(0, dot) : part;
      const pair = joinedNames.exec(head.trim());
      if (pair) {
        const shared = dot >= 0 ? part.slice(dot) : '';
        people.push(parsePersonMention(`${pair[1]}${shared}`, source), parsePersonMention(`${pair[2]}${shared}`, source));
      } else {
        people.push(parsePersonMention(part, source));
      }
    }
  }
  return people.filter((person) => person.name.length > 0);
}

/** "… de la Convergence et César Díaz. Directeur …": a second name, followed by its own title, starts a second person. */
function splitAtSecondPerson(chunk: string): string[] {
  const firstDot = chunk.search(/\.\s|\.$/);
  if (joinedNames.test((firstDot >= 0 ? chunk.slice(0, firstDot) : chunk).trim())) return [chunk];
  const parts: string[] = [];
  let start = 0;
  for (const match of chunk.matchAll(secondPerson)) {
    if (!isRoleWord(match[1]!)) continue;
    parts.push(chunk.slice(start, match.index));
    start = match.index + match[0].length;
  }
  parts.push(chunk.slice(start));
  return parts;
}
