import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "vite";

const WEB = fileURLToPath(new URL("../../apps/web/", import.meta.url));

/** One entry of the precache list the build injects into sw.js. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/**
 * An edit of apps/web/src/field/pwa/register-pwa.ts as the bundler reads it
 * (the tree on disk stays as it is): the field face's chunk changes.
 */
export const editFieldSource = (): Plugin => ({
  name: "test-edit-register-pwa",
  enforce: "pre",
  transform(code, id) {
    if (!id.endsWith("/src/field/pwa/register-pwa.ts")) return null;
    return code.replace("[pwa] service worker not registered", "[pwa] no service worker (edited)");
  },
});

/** Builds the web app with its own config into `outDir` (no source maps). */
export async function buildWeb(outDir: string, plugins: Plugin[] = []): Promise<void> {
  await build({
    root: WEB,
    configFile: join(WEB, "vite.config.ts"),
    logLevel: "warn",
    plugins,
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
}

/** Builds the web app into `outDir` (see buildWeb); returns sw.js and its precache list. */
export async function buildWebInto(
  outDir: string,
  plugins: Plugin[] = [],
): Promise<{ sw: string; entries: PrecacheEntry[] }> {
  await buildWeb(outDir, plugins);
  const sw = readFileSync(join(outDir, "sw.js"), "utf8");
  const list = sw.match(/\[\{"revision":[^\]]*\]/)?.[0];
  if (!list) throw new Error("no precache list in sw.js");
  return { sw, entries: JSON.parse(list) as PrecacheEntry[] };
}
