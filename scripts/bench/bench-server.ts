import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The server PostGIS the bench runs on, and how to leave it. */
export interface BenchServer {
  url: string;
  /** Stops the cluster if the bench started it; a server it found running stays up. */
  stop(): void;
}

/**
 * DATABASE_URL when set; otherwise the local cluster of .ci/start-postgres.sh
 * (started when not yet running: needs root and Debian's postgresql-15-postgis-3).
 */
export function benchServer(log: (message: string) => void): BenchServer {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) return { url: fromEnv, stop() {} };
  const port = process.env.PGPORT ?? "5433";
  const dir = process.env.PGDIR ?? "/tmp/lianpian-pg";
  const running = isReady(port);
  if (!running) log(`starting a PostgreSQL cluster on 127.0.0.1:${port} (.ci/start-postgres.sh)…`);
  const output = execFileSync(`${ROOT}.ci/start-postgres.sh`, {
    encoding: "utf8",
    env: { ...process.env, PGPORT: port },
  });
  const url = output.trim().split("\n").pop() ?? "";
  if (!url.startsWith("postgres")) throw new Error(`.ci/start-postgres.sh printed no URL: ${output}`);
  return {
    url,
    stop() {
      if (running) return;
      execFileSync("su", ["postgres", "-c", `/usr/lib/postgresql/15/bin/pg_ctl -D ${dir} -m fast stop`], {
        stdio: "ignore",
      });
    },
  };
}

function isReady(port: string): boolean {
  try {
    execFileSync("pg_isready", ["-q", "-h", "127.0.0.1", "-p", port], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
