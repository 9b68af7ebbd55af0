import type { Insertable } from 'kysely';
import { encodeJson } from '../../db/database.js';
import type { DatabaseSchema } from '../../db/schema.js';
import type { ContentLanguage, LocalizedText } from '../text/localized-text.js';
import { deterministicIds } from './deterministic-ids.js';
import { SeededRandom } from './prng.js';
import type { Trilingual } from './vocabulary.js';

export type DemoRows = { [Table in keyof DatabaseSchema]: Insertable<DatabaseSchema[Table]>[] };

const tableNames: (keyof DatabaseSchema)[] = [
  'organisation', 'organisation_alias', 'person', 'person_alias', 'edition', 'edition_partner', 'program_day', 'time_slot', 'venue', 'thematic_line',
  'theme', 'session', 'session_theme', 'session_sdg', 'session_organisation', 'session_document', 'session_person_role', 'presentation', 'initiative',
  'initiative_theme', 'initiative_presenter', 'user_account', 'edition_membership', 'audit_entry', 'mail_outbox', 'web_session', 'password_reset', 'rate_limit',
];

/** Collects the rows of a demo forum, with the seeded random source and id maker they share. */
export class DemoWriter {
  readonly random: SeededRandom;
  readonly newId: () => string;
  readonly rows = Object.fromEntries(tableNames.map((name) => [name, []])) as unknown as DemoRows;
  readonly stamp: { created_at: string; updated_at: string };

  constructor(seed: number, clock: Date) {
    this.random = new SeededRandom(seed);
    this.newId = deterministicIds(this.random, clock.getTime());
    this.stamp = { created_at: clock.toISOString(), updated_at: clock.toISOString() };
  }

  add<Table extends keyof DatabaseSchema>(table: Table, row: Insertable<DatabaseSchema[Table]>): Insertable<DatabaseSchema[Table]> {
    (this.rows[table] as Insertable<DatabaseSchema[Table]>[]).push(row);
    return row;
  }

  /**
   * A text written in one language and translated into some others, as real documents are:
   * always the original, usually one or two more.
   */
  text(words: Trilingual, original: ContentLanguage = this.random.pick(['fr', 'es', 'en'] as const), translations = this.random.integer(0, 2)): string {
    return encodeJson(this.localized(words, original, translations));
  }

  localized(words: Trilingual, original: ContentLanguage, translations: number): LocalizedText {
    const others = this.random.sample((['fr', 'es', 'en'] as const).filter((language) => language !== original), translations);
    const text: LocalizedText['text'] = {};
    for (const language of [original, ...others]) text[language] = words[language as keyof Trilingual] ?? words.en;
    return { original, text };
  }

  /** Joins trilingual fragments language by language. */
  static join(parts: Trilingual[], separator = ' '): Trilingual {
    return {
      fr: parts.map((part) => part.fr).join(separator),
      es: parts.map((part) => part.es).join(separator),
      en: parts.map((part) => part.en).join(separator),
    };
  }
}
