import { insertInBatches } from '../../../db/batch-insert.js';
import { instant, type Clock } from '../../../db/clock.js';
import type { Db } from '../../../db/database.js';
import type { DatabaseDialect } from '../../../db/dialect/index.js';
import { newId } from '../../../db/ids.js';
import type { ImportChangeLog } from './import-report.js';
import type { SourceRef } from './imported-document.js';

type Row = Record<string, unknown>;

/**
 * New rows of these tables wait in memory and are written together, parents first: an import makes
 * hundreds of them, and one statement each would cost a round trip each on PostgreSQL. Their JSON
 * columns are listed so that a waiting row reads back exactly as a stored one would.
 */
const deferredTables: Record<string, string[]> = {
  organisation: ['name'],
  person: ['bio', 'role_title'],
  initiative: ['title', 'description'],
  initiative_presenter: ['role_title'],
};

/**
 * Writes rows the way an import must: a value equal to what is stored is not written again, so a
 * second import of the same document changes nothing, not even `updated_at`. JSON values are
 * compared as data, whatever the engine returns them as.
 */
export class RowWriter {
  /** Every natural key, read once: an import asks for thousands of them. */
  #keys: Map<string, string> | null = null;
  /** New keys, written in one go by `flush`: nothing reads them from the table meanwhile. */
  readonly #newKeys: { id: string; kind: string; key: string; entity_id: string }[] = [];
  /** Rows this import created: their children need no comparison with stored ones. */
  readonly #created = new Set<string>();
  readonly #waiting = new Map<string, Map<string, Row>>(Object.keys(deferredTables).map((table) => [table, new Map()]));

  constructor(
    readonly db: Db,
    readonly dialect: DatabaseDialect,
    readonly clock: Clock,
    readonly log: ImportChangeLog,
  ) {}

  now(): string {
    return instant(this.clock.now());
  }

  /** Inserts, or updates the named columns of the row `id`; answers the row's id. */
  async upsert(table: string, id: string | null, values: Row, change: { entity: string; label: string; source?: SourceRef | null; stamped?: boolean }): Promise<string> {
    const stamped = change.stamped ?? true;
    if (id) {
      const stored = await this.read(table, id);
      if (stored) {
        const changed = Object.fromEntries(Object.entries(values).filter(([column, value]) => !sameValue(this.dialect, stored[column], value)));
        if (Object.keys(changed).length === 0) {
          this.log.record('unchanged', change.entity, change.label, change.source ?? null);
          return id;
        }
        const waiting = this.#waiting.get(table)?.get(id);
        if (waiting) {
          Object.assign(waiting, changed);
          this.log.record('update', change.entity, `${change.label} (${Object.keys(changed).join(', ')})`, change.source ?? null);
          return id;
        }
        // The new values may point at rows still waiting in memory.
        await this.flushWaiting();
        await this.db.updateTable(table as never).set({ ...changed, ...(stamped ? { updated_at: this.now() } : {}) } as never).where('id' as never, '=', id as never).execute();
        this.log.record('update', change.entity, `${change.label} (${Object.keys(changed).join(', ')})`, change.source ?? null);
        return id;
      }
    }
    const newRowId = id ?? newId();
    const now = this.now();
    const row = { id: newRowId, ...values, ...(stamped ? { created_at: now, updated_at: now } : {}) };
    const waiting = this.#waiting.get(table);
    if (waiting) waiting.set(newRowId, row);
    else {
      await this.flushWaiting();
      await this.db.insertInto(table as never).values(row as never).execute();
    }
    this.#created.add(newRowId);
    this.log.record('create', change.entity, change.label, change.source ?? null);
    return newRowId;
  }

  /**
   * Makes the child rows of a parent exactly `rows` (compared without ids and in order); replaced
   * whole when they differ, left alone when equal.
   */
  async replaceChildren(table: string, parentColumn: string, parentId: string, rows: Row[], change: { entity: string; label: string; source?: SourceRef | null }): Promise<boolean> {
    const waiting = this.#waiting.get(table);
    if (!waiting) await this.flushWaiting();
    if (this.#created.has(parentId)) {
      const children = rows.map((row) => ({ id: newId(), [parentColumn]: parentId, ...row }));
      if (waiting) for (const child of children) waiting.set(child.id, child);
      else if (children.length > 0) await this.db.insertInto(table as never).values(children as never).execute();
      return true;
    }
    if (waiting) await this.flushWaiting();
    const stored = (await this.db.selectFrom(table as never).selectAll().where(parentColumn as never, '=', parentId as never).orderBy('position' as never).execute()) as Row[];
    const same = stored.length === rows.length && stored.every((row, index) => Object.entries(rows[index]!).every(([column, value]) => sameValue(this.dialect, row[column], value)));
    if (same) return false;
    await this.db.deleteFrom(table as never).where(parentColumn as never, '=', parentId as never).execute();
    if (rows.length > 0) {
      await this.db.insertInto(table as never).values(rows.map((row) => ({ id: newId(), [parentColumn]: parentId, ...row })) as never).execute();
    }
    this.log.record('update', change.entity, change.label, change.source ?? null);
    return true;
  }

  /** A row as stored, whether still waiting in memory or already written. */
  async read(table: string, id: string): Promise<Row | undefined> {
    const waiting = this.#waiting.get(table)?.get(id);
    if (waiting) {
      if (this.dialect.name !== 'postgres') return { ...waiting };
      // PostgreSQL hands jsonb back parsed; a waiting row must read the same.
      const parsed = { ...waiting };
      for (const column of deferredTables[table]!) if (typeof parsed[column] === 'string') parsed[column] = JSON.parse(parsed[column] as string);
      return parsed;
    }
    return (await this.db.selectFrom(table as never).selectAll().where('id' as never, '=', id as never).executeTakeFirst()) as Row | undefined;
  }

  /** Writes the waiting rows, parents first; anything that reads or references them by SQL must come after. */
  async flushWaiting(): Promise<void> {
    for (const [table, rows] of this.#waiting) {
      if (rows.size === 0) continue;
      await insertInBatches(this.db, table, [...rows.values()]);
      rows.clear();
    }
  }

  /** Writes what was kept back; call it before the transaction ends. */
  async flush(): Promise<void> {
    await this.flushWaiting();
    await insertInBatches(this.db, 'archive_source_key', this.#newKeys.splice(0));
  }

  /** The entity a document's natural key named before, if any. */
  async findKey(kind: string, key: string): Promise<string | null> {
    if (!this.#keys) {
      const rows = await this.db.selectFrom('archive_source_key').select(['kind', 'key', 'entity_id']).execute();
      this.#keys = new Map(rows.map((row) => [`${row.kind}\u0000${row.key}`, row.entity_id]));
    }
    return this.#keys.get(`${kind}\u0000${key}`) ?? null;
  }

  async rememberKey(kind: string, key: string, entityId: string): Promise<void> {
    const known = await this.findKey(kind, key);
    if (known === entityId) return;
    const pending = this.#newKeys.find((entry) => entry.kind === kind && entry.key === key);
    if (pending) pending.entity_id = entityId;
    else if (known) await this.db.updateTable('archive_source_key').set({ entity_id: entityId }).where('kind', '=', kind).where('key', '=', key).execute();
    else this.#newKeys.push({ id: newId(), kind, key, entity_id: entityId });
    this.#keys!.set(`${kind}\u0000${key}`, entityId);
  }
}

function sameValue(dialect: DatabaseDialect, stored: unknown, wanted: unknown): boolean {
  if (typeof wanted === 'boolean') return dialect.decodeBoolean(stored) === wanted;
  if (wanted === null || wanted === undefined) return stored === null || stored === undefined;
  if (typeof wanted === 'string' && (wanted.startsWith('{') || wanted.startsWith('['))) {
    try {
      return JSON.stringify(canonical(JSON.parse(wanted))) === JSON.stringify(canonical(dialect.decodeJson(stored)));
    } catch {
      return stored === wanted;
    }
  }
  return stored === wanted;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Row)[key])]));
  }
  return value;
}
