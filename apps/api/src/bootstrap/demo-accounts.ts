import { assignDemoBeat, type Db, insertUser, recordAudit } from "@lianpian/db";
import type { AccountRole } from "@lianpian/domain";
import { hashPassword } from "../auth/password.ts";

/** One demo account per role, listed on the embedded demo's login page. */
const DEMO_ACCOUNTS: readonly { username: string; displayName: string; role: AccountRole }[] = [
  { username: "admin", displayName: "演示管理员 Demo admin", role: "admin" },
  { username: "reviewer", displayName: "演示审核领导 Demo reviewer", role: "reviewer" },
  { username: "planner", displayName: "演示规划员 Demo planner", role: "planner" },
  { username: "field", displayName: "演示群测群防员 Demo monitor", role: "field" },
];

/** The fixed password of a demo account: public knowledge, like the demo itself. */
export function demoPassword(username: string): string {
  return `${username}-demo-2026`;
}

/** Creates the missing demo accounts; returns the usernames created. */
export async function ensureDemoAccounts(db: Db): Promise<string[]> {
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const passwordHash = await hashPassword(demoPassword(account.username));
    await db.kysely.transaction().execute(async (trx) => {
      const user = await insertUser(trx, { ...account, passwordHash, isDemo: true });
      if (!user) return;
      await recordAudit(
        trx,
        { userId: null, username: "system", role: "admin" },
        {
          action: "user.create",
          entity: "user",
          entityId: user.id,
          details: { username: user.username, role: user.role, demo: true },
        },
      );
      created.push(user.username);
    });
  }
  // The demo monitor watches the points nearest the city, so "only my points" shows something.
  await assignDemoBeat(db.kysely, "field");
  return created;
}
