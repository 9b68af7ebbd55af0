import type { Db } from '../../../db/database.js';

type Row = Record<string, unknown> & { id: string };

/**
 * Points the rows of `table` that name `otherId` in `column` at `keptId`; a row saying what the kept
 * one already says (the same values in `sameWhen`) is dropped instead of doubled.
 */
export async function moveRows(db: Db, table: string, column: string, sameWhen: string[], keptId: string, otherId: string): Promise<void> {
  const rowsOf = async (id: string) => (await db.selectFrom(table as never).selectAll().where(column as never, '=', id as never).execute()) as Row[];
  const identity = (row: Row) => sameWhen.map((name) => String(row[name])).join('\u0000');
  const held = new Set((await rowsOf(keptId)).map(identity));
  for (const row of await rowsOf(otherId)) {
    if (held.has(identity(row))) await db.deleteFrom(table as never).where('id' as never, '=', row.id as never).execute();
    else await db.updateTable(table as never).set({ [column]: keptId } as never).where('id' as never, '=', row.id as never).execute();
  }
}
