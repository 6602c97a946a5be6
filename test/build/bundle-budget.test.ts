import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

/**
 * Each face's first-load JavaScript, gzip, from the Vite build manifest of
 * apps/web/dist (`npm test` builds first): the entry and its static imports,
 * plus the face's lazy chunk and its static imports. Sizes, not times.
 */
const DIST = fileURLToPath(new URL("../../apps/web/dist/", import.meta.url));
const MANIFEST = `${DIST}.vite/manifest.json`;

/** KB = 1000 bytes of gzip. */
const BUDGETS_KB = {
  field: { module: "src/field/field-face.tsx", kb: 400 },
  public: { module: "src/public/public-face.tsx", kb: 400 },
  plan: { module: "src/plan/planner-face.tsx", kb: 500 },
} as const;

interface Chunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, Chunk>;

/** The files a chunk needs before it runs: itself and its static imports, transitively. */
export function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

const gzipBytes = (file: string) => gzipSync(readFileSync(`${DIST}${file}`), { level: 9 }).byteLength;

describe.skipIf(!existsSync(MANIFEST))("first-load JavaScript per face (apps/web/dist)", () => {
  const manifest = existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, "utf8")) as Manifest) : {};
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry) ?? "index.html";

  it.each(Object.entries(BUDGETS_KB))("%s stays within its budget", (face, { module, kb }) => {
    expect(manifest[module], `${module} is a chunk of its own (lazy face)`).toBeDefined();
    const files = staticClosure(manifest, module, staticClosure(manifest, entry));
    const js = [...files].filter((f) => f.endsWith(".js"));
    const total = js.reduce((sum, f) => sum + gzipBytes(f), 0);
    console.info(
      `[bundle] ${face}: ${(total / 1000).toFixed(1)} KB gzip in ${js.length} files (budget ${kb} KB)`,
    );
    expect(total / 1000, `${face} first-load JS, KB gzip`).toBeLessThanOrEqual(kb);
  });
});
