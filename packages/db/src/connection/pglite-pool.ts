import type { PGlite } from "@electric-sql/pglite";
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";

/**
 * Lets Kysely's PostgresDialect drive one embedded PGlite instance.
 * PGlite has a single session, so a client is lent to one caller at a time:
 * a transaction keeps the session until it releases it.
 */
export function pglitePool(pglite: PGlite): PostgresPool {
  let tail: Promise<void> = Promise.resolve();

  async function connect(): Promise<PostgresPoolClient> {
    let release!: () => void;
    const previous = tail;
    tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    let released = false;
    const client = {
      async query<R>(sqlText: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
        // Without parameters, use the simple protocol: it runs multi-statement
        // scripts (migrations) the way node-postgres does.
        const result =
          parameters.length === 0
            ? ((await pglite.exec(sqlText)).at(-1) ?? { rows: [], affectedRows: 0 })
            : await pglite.query<R>(sqlText, parameters as unknown[]);
        const rows = result.rows as R[];
        return { command: commandOf(sqlText), rowCount: result.affectedRows ?? rows.length, rows };
      },
      release() {
        if (released) return;
        released = true;
        release();
      },
    };
    return client as PostgresPoolClient;
  }

  return {
    connect,
    async end() {
      await tail;
    },
  };
}

function commandOf(sqlText: string): PostgresQueryResult<unknown>["command"] {
  const word = /^\s*(\w+)/.exec(sqlText)?.[1]?.toUpperCase();
  return word === "INSERT" || word === "UPDATE" || word === "DELETE" || word === "MERGE" ? word : "SELECT";
}
