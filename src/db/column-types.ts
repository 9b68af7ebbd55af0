import type { ColumnType } from 'kysely';

/** JSON is written as a string (both engines accept it) and read through `dialect.decodeJson`. */
export type JsonColumn = ColumnType<unknown, string, string>;
export type NullableJsonColumn = ColumnType<unknown, string | null, string | null>;
/** Read through `dialect.decodeBoolean`: SQLite gives 0/1, PostgreSQL true/false. */
export type BooleanColumn = ColumnType<number | boolean, boolean, boolean>;
/** A boolean the database fills with its default when an insert leaves it out. */
export type DefaultedBooleanColumn = ColumnType<number | boolean, boolean | undefined, boolean>;
/** ISO 8601 UTC instant with milliseconds, e.g. `2018-10-01T09:00:00.000Z`. */
export type Instant = string;
/** Calendar date `YYYY-MM-DD`, in the edition's own time zone. */
export type CalendarDate = string;
