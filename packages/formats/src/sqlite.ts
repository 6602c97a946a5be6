import initSqlJs, { type SqlJsStatic } from "sql.js";

let engine: Promise<SqlJsStatic> | null = null;

/** The sql.js engine (SQLite compiled to WebAssembly), loaded once. */
export function sqlJs(): Promise<SqlJsStatic> {
  engine ??= initSqlJs();
  return engine;
}

/** An SQLite identifier quoted for SQL text. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
