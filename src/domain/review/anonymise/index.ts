/** Anonymous review: the speaker's own words with their names, organisations and links hidden. */
export { anonymiseText, type RevealingFacts, type Placeholders } from './anonymise-text.js';
