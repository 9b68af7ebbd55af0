import { eng, fra, spa } from 'stopword';
import { foldText } from '../../archive/search/prepare-text.js';

/**
 * Spanish words that the `stopword` list lacks (its Spanish list is short) but that carry no topic:
 * forms of ser, estar, haber and the demonstratives.
 */
const moreSpanish = 'es son era fue ser está están estar estos estas este esta ese esa esos esas hay ha han sido entre todo todos toda todas cada otros otras así nuestro nuestra nuestros nuestras'.split(' ');

/**
 * The little words of French, Spanish and English, folded. All three lists apply to every text:
 * initiatives often mix languages (a Spanish text with an English title), and a word that is
 * little in one of these languages rarely names a topic in another.
 */
export const stopWords: ReadonlySet<string> = new Set([...fra, ...spa, ...eng, ...moreSpanish].map(foldText));
