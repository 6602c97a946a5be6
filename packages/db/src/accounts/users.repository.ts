import type { AccountRole } from "@lianpian/domain";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: AccountRole;
  is_demo: boolean;
  disabled: boolean;
  /** An admin set the password: the user must choose their own before anything else. */
  must_change_password: boolean;
}

const USER_COLUMNS = [
  "id",
  "username",
  "display_name",
  "role",
  "is_demo",
  "disabled",
  "must_change_password",
] as const;

/** The account with this username, with its password hash, or undefined. */
export async function findUserForLogin(db: Executor, username: string) {
  return db
    .selectFrom("users")
    .select([...USER_COLUMNS, "password_hash"])
    .where("username", "=", username)
    .executeTakeFirst();
}

/** Creates an account; returns undefined when the username is taken. */
export async function insertUser(
  db: Executor,
  user: {
    username: string;
    displayName: string;
    role: UserRow["role"];
    passwordHash: string;
    isDemo?: boolean;
    mustChangePassword?: boolean;
  },
): Promise<UserRow | undefined> {
  return db
    .insertInto("users")
    .values({
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      password_hash: user.passwordHash,
      is_demo: user.isDemo ?? false,
      must_change_password: user.mustChangePassword ?? false,
    })
    .onConflict((oc) => oc.column("username").doNothing())
    .returning(USER_COLUMNS)
    .executeTakeFirst();
}

/** All accounts, for the admin list. */
export async function listUsers(db: Executor): Promise<UserRow[]> {
  return db.selectFrom("users").select(USER_COLUMNS).orderBy("id").execute();
}

/** The demo accounts, listed on the embedded demo's login page. */
export async function listDemoUsers(db: Executor): Promise<UserRow[]> {
  return db.selectFrom("users").select(USER_COLUMNS).where("is_demo", "=", true).orderBy("id").execute();
}

/** One account by id, or undefined. */
export async function findUserById(db: Executor, id: number): Promise<UserRow | undefined> {
  return db.selectFrom("users").select(USER_COLUMNS).where("id", "=", id).executeTakeFirst();
}

/** The changes an admin (or the user, for their password) makes to an account. */
export interface UserChange {
  displayName?: string;
  role?: AccountRole;
  disabled?: boolean;
  passwordHash?: string;
  mustChangePassword?: boolean;
}

/** Applies a change to an account; returns it after, or undefined when there is no such user. */
export async function updateUser(db: Executor, id: number, change: UserChange): Promise<UserRow | undefined> {
  return db
    .updateTable("users")
    .set({
      ...(change.displayName !== undefined ? { display_name: change.displayName } : {}),
      ...(change.role !== undefined ? { role: change.role } : {}),
      ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
      ...(change.passwordHash !== undefined ? { password_hash: change.passwordHash } : {}),
      ...(change.mustChangePassword !== undefined ? { must_change_password: change.mustChangePassword } : {}),
    })
    .where("id", "=", id)
    .returning(USER_COLUMNS)
    .executeTakeFirst();
}
