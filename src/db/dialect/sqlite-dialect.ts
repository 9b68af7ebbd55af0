import Database from 'better-sqlite3';
import {
  OperationNodeTransformer,
  PrimitiveValueListNode,
  SqliteDialect,
  ValueNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import type { DatabaseDialect } from './database-dialect.js';

class BooleanToIntegerTransformer extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return typeof node.value === 'boolean' ? ValueNode.create(node.value ? 1 : 0) : super.transformValue(node);
  }

  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return PrimitiveValueListNode.create(node.values.map((value) => (typeof value === 'boolean' ? Number(value) : value)));
  }
}

/** better-sqlite3 refuses to bind JavaScript booleans; SQLite has no boolean type anyway. */
class SqliteBooleanPlugin implements KyselyPlugin {
  readonly #transformer = new BooleanToIntegerTransformer();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** `location` is a file path, or `:memory:` for a private in-memory database. */
export function createSqliteDialect(location: string): DatabaseDialect {
  const connection = new Database(location);
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  // Several app processes may share one file; wait for the writer instead of failing at once.
  connection.pragma('busy_timeout = 5000');
  return {
    name: 'sqlite',
    kyselyDialect: new SqliteDialect({ database: connection }),
    plugins: [new SqliteBooleanPlugin()],
    columnTypes: { json: 'text', boolean: 'integer' },
    decodeJson: <T>(raw: unknown) => (typeof raw === 'string' ? (JSON.parse(raw) as T) : (raw as T)),
    decodeBoolean: (raw) => raw === 1 || raw === true,
    isUniqueViolation: (error) =>
      error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT_UNIQUE'),
    migrationSchema: async () => undefined,
    close: async () => {
      if (connection.open) connection.close();
    },
  };
}
