import type { LocalizedText } from '../../../domain/text/localized-text.js';
import type { Translator } from '../../../i18n/index.js';
import { Localized } from '../localized.js';

export type Titles = ReadonlyMap<string, LocalizedText>;

/** A proposal by its title in the reader's language (or visibly in its original). */
export function ProposalTitle(props: { t: Translator; titles: Titles; id: string }) {
  const title = props.titles.get(props.id);
  return title ? <Localized t={props.t} text={title} /> : <span>{props.id}</span>;
}

