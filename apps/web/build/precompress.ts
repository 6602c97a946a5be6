import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin } from "vite";

/** Text assets worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|map|txt)$/;
/** Smaller files are sent as they are (the API's compression threshold too). */
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

/**
 * Writes `file.br` (brotli 11) and `file.gz` (gzip 9) beside every text
 * asset of the build, once, so the server sends them by content negotiation
 * (@fastify/static's preCompressed) without compressing per request.
 * Works in the directory the build writes (tests build into temporary ones).
 */
export function precompress(): Plugin {
  let outDir = "";
  return {
    name: "lianpian-precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const path of files(outDir)) {
        if (!COMPRESSIBLE.test(path) || path.endsWith(".map")) continue;
        const raw = readFileSync(path);
        if (raw.byteLength < MIN_BYTES) continue;
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
      }
    },
  };
}
