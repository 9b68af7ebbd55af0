import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Actor } from '../accounts/actor.js';
import type { AppContext } from '../context.js';
import { forbidden } from '../errors.js';
import { canManageEdition } from './rules.js';
import type { EditionTable } from './tables.js';

export type EditionRow = Selectable<EditionTable>;

/**
 * A service for the organisers of one edition: built only for them, so none of its methods can be
 * reached by anyone else by mistake.
 */
export abstract class OrganiserService {
  constructor(
    protected readonly context: AppContext,
    protected readonly actor: Actor,
    protected readonly edition: EditionRow,
  ) {
    if (!canManageEdition(actor, edition.id)) throw forbidden();
  }

  protected get db(): Db {
    return this.context.storage.db;
  }
}
