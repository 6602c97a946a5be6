/** Name of the template database the server-mode test run clones. */
export const TEMPLATE_DB_NAME = "lianpian_test_template";

/** The same server URL pointed at another database. */
export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
