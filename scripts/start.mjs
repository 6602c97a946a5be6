#!/usr/bin/env node
// `npm start`: builds the web app when its build is missing or stale, then
// runs the API, which serves the built app on the same port. Plain .mjs (not
// TypeScript) so it runs before anything is compiled.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { constants } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const WEB = join(ROOT, "apps/web");
const DIST_INDEX = join(WEB, "dist/index.html");
/** The web build's inputs: its own sources and the shared vocabularies it bundles. */
const WEB_INPUTS = [WEB, join(ROOT, "packages/domain/src")];
/** Not sources: dependencies and build outputs. */
const SKIP = new Set(["node_modules", "dist", ".vite"]);

const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`[lianpian] Node.js 22 LTS is needed (20.19 still runs), this is ${process.version}`);
  process.exit(1);
}
if (major < 22) {
  // Node 20 is past its end of life and some dependencies declare Node 22; it still runs the app.
  console.warn(`[lianpian] Node.js ${process.version} is past its end of life: use Node.js 22 LTS`);
}

/** Newest modification time under a directory, skipping build outputs. */
function newestMtimeMs(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtimeMs(path) : statSync(path).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

function webBuildReason() {
  if (!existsSync(DIST_INDEX)) return "apps/web/dist is missing";
  const built = statSync(DIST_INDEX).mtimeMs;
  if (WEB_INPUTS.some((dir) => existsSync(dir) && newestMtimeMs(dir) > built)) {
    return "its sources changed since the last build";
  }
  return undefined;
}

const reason = process.env.LIANPIAN_WEB_DIST ? undefined : webBuildReason();
if (reason) {
  console.log(`[lianpian] building the web app (${reason}), about a minute…`);
  const args = ["run", "build", "-w", "@lianpian/web"];
  // Under `npm start`, npm says where its CLI is: run that with this node, no shell needed on any OS.
  const npmCli = process.env.npm_execpath;
  const build = npmCli
    ? spawnSync(process.execPath, [npmCli, ...args], { cwd: ROOT, stdio: "inherit" })
    : spawnSync("npm", args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  if (build.status !== 0) {
    console.error("[lianpian] the web app build failed; see the output above");
    process.exit(build.status ?? 1);
  }
}

// Resolved from this file, so `npm start` works from any directory.
const tsx = import.meta.resolve("tsx");
const api = spawn(process.execPath, ["--import", tsx, join(ROOT, "scripts/serve.ts")], {
  cwd: ROOT,
  stdio: "inherit",
});

// A terminal's Ctrl-C reaches the API directly (same process group); a
// supervisor's SIGTERM reaches only us, so pass it on and wait for the API's
// graceful shutdown rather than dying first.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (api.exitCode === null) api.kill(signal);
  });
}

// `kill <npm pid>` ends npm and its `sh -c` without telling us: when we are
// orphaned like that, shut the API down rather than keep serving unowned.
const parent = process.ppid;
const orphanWatch = setInterval(() => {
  if (process.ppid !== parent && api.exitCode === null) api.kill("SIGTERM");
}, 1000);
orphanWatch.unref();

api.on("exit", (code, signal) => {
  if (signal) {
    // Exit the way the API did, so callers see the same signal. As PID 1 in
    // a container the signal is ignored, hence the exit code after it.
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    setTimeout(() => process.exit(128 + (constants.signals[signal] ?? 0)), 500);
    return;
  }
  process.exit(code ?? 1);
});

api.on("error", (error) => {
  console.error("[lianpian] could not start the API:", error.message);
  process.exit(1);
});
