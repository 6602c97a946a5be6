import { parseArgs } from "node:util";
import { insertUser, openDatabase, recordAudit, runMigrations } from "@lianpian/db";
import { ACCOUNT_ROLES, type AccountRole } from "@lianpian/domain";
import { hashPassword, passwordProblem } from "../auth/password.ts";
import { loadConfig } from "../config.ts";

/**
 * Adds a user account: `npm run user:add -- --username li --role planner --name 李工`.
 * The password comes from --password or, safer, the LIANPIAN_PASSWORD variable.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      username: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
    },
  });
  const username = values.username?.trim().toLowerCase() ?? "";
  const role = values.role as AccountRole;
  const password = values.password ?? process.env.LIANPIAN_PASSWORD ?? "";
  if (!/^[a-z0-9_.-]{3,40}$/.test(username)) fail("--username: 3–40 of a-z 0-9 _ . -");
  if (!ACCOUNT_ROLES.includes(role)) fail(`--role: one of ${ACCOUNT_ROLES.join(", ")}`);
  const problem = passwordProblem(password, username);
  if (problem) fail(`password (--password or LIANPIAN_PASSWORD): ${problem}`);

  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await runMigrations(db.kysely);
    const passwordHash = await hashPassword(password);
    const user = await db.kysely.transaction().execute(async (trx) => {
      const row = await insertUser(trx, {
        username,
        displayName: values.name ?? username,
        role,
        passwordHash,
      });
      if (row) {
        await recordAudit(
          trx,
          { userId: null, username: "cli", role: "admin" },
          {
            action: "user.create",
            entity: "user",
            entityId: row.id,
            details: { username, role },
          },
        );
      }
      return row;
    });
    if (!user) fail(`user ${username} exists already`);
    console.log(`created ${user.username} (${user.role}) in the ${db.mode} database`);
  } finally {
    await db.close();
  }
}

function fail(message: string): never {
  console.error(`add-user: ${message}`);
  process.exit(2);
}

await main();
