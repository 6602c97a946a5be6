import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import pg from "pg";

/** The CPUs (taskset lists) each side runs on while split. */
export interface CpuHalves {
  bench: string;
  database: string;
}

/** A split in force: which CPUs each side has, and how to give every process all of them back. */
export interface CpuSplit extends CpuHalves {
  release(): void;
}

/**
 * Halves of `count` CPUs: this process (the API and the load client) gets
 * the first half, PostgreSQL the rest (the larger half when odd).
 */
export function cpuHalves(count: number): CpuHalves {
  const half = Math.floor(count / 2);
  const range = (from: number, to: number) => (from === to ? `${from}` : `${from}-${to}`);
  return { bench: range(0, half - 1), database: range(half, count - 1) };
}

/** The fields of a /proc/<pid>/stat line after the command name (which may hold spaces and parentheses): state, ppid, … */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** The parent pid in a /proc/<pid>/stat line. */
export function parentPidOf(stat: string): number {
  return Number(statFields(stat)[1]);
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]", ""]);

/**
 * Gives the local PostgreSQL server (its postmaster, every process it has
 * forked, and so every backend it forks later) one half of this machine's
 * CPUs and this process the other, with taskset, so the database has CPUs of
 * its own as it has on its own host. Returns why not when it cannot: not
 * Linux, one CPU, a database on another host, or taskset refused (it needs
 * root or the postgres user).
 */
export async function splitCpus(databaseUrl: string): Promise<CpuSplit | { reason: string }> {
  if (process.platform !== "linux") return { reason: "needs Linux (taskset)" };
  const count = availableParallelism();
  if (count < 2) return { reason: "needs two CPUs or more" };
  if (!LOOPBACK.has(new URL(databaseUrl).hostname)) return { reason: "the database is on another host" };
  const postmaster = await postmasterOf(databaseUrl);
  if (!postmaster) return { reason: "found no PostgreSQL server process on this machine" };

  const halves = cpuHalves(count);
  const all = `0-${count - 1}`;
  // Every process is tried: one that ends meanwhile (a backend closing) must not stop the rest.
  const pin = (cpus: string) => {
    const targets = [postmaster, ...childrenOf(postmaster), process.pid];
    const refusals = targets.flatMap((pid) => {
      const problem = taskset(pid === process.pid && cpus !== all ? halves.bench : cpus, pid);
      return problem ? [problem] : [];
    });
    if (refusals.length > 0) throw new Error(refusals[0]);
  };
  try {
    pin(halves.database);
  } catch (error) {
    try {
      pin(all);
    } catch {
      // Nothing was pinned, or the same refusal again.
    }
    return { reason: `taskset was refused (${error instanceof Error ? error.message : error})` };
  }
  // Ctrl-C during the measurement must not leave the server on half the CPUs. The handler stays
  // registered until the CPUs are back: npm and tsx pass the signal on, so a second one follows
  // at once, and with no listener left it would end the process halfway through.
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    pin(all);
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    process.kill(process.pid, signal);
  };
  process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
  return { ...halves, release };
}

/** The postmaster: the parent of the backend serving a fresh connection. */
async function postmasterOf(databaseUrl: string): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const backend = rows[0]?.pid;
    if (!backend || commandOf(backend) !== "postgres") return undefined;
    const parent = parentPidOf(readFileSync(`/proc/${backend}/stat`, "utf8"));
    return commandOf(parent) === "postgres" ? parent : undefined;
  } catch {
    return undefined;
  } finally {
    await client.end();
  }
}

function commandOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return undefined;
  }
}

function childrenOf(parent: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (parentPidOf(readFileSync(`/proc/${entry}/stat`, "utf8")) === parent) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** Every thread of the process onto the CPUs; why not, unless the process has ended meanwhile. */
function taskset(cpus: string, pid: number): string | undefined {
  try {
    execFileSync("taskset", ["-a", "-p", "-c", cpus, String(pid)], { stdio: ["ignore", "ignore", "pipe"] });
    return undefined;
  } catch (error) {
    return isRunning(pid)
      ? error instanceof Error
        ? error.message.split("\n")[0]
        : String(error)
      : undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    const state = statFields(readFileSync(`/proc/${pid}/stat`, "utf8"))[0];
    return state !== "Z" && state !== "X";
  } catch {
    return false;
  }
}
