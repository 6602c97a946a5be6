/**
 * Worker-thread entry: reads one uploaded file with @lianpian/formats off the
 * main event loop and posts the SourceFile back (or the reader's refusal).
 */
import { parentPort, workerData } from "node:worker_threads";
import { FormatError, listLayers, type ReadOptions, readSourceFile } from "@lianpian/formats";

export interface ParseRequest {
  bytes: Uint8Array;
  options: ReadOptions;
}

const { bytes, options } = workerData as ParseRequest;
try {
  const file = await readSourceFile(bytes, options);
  // every layer the file offers, also when one was chosen (a GeoPackage, a zip of several shapefiles)
  const layers = options.layer
    ? (await listLayers(bytes, options)).map((l) => l.name)
    : file.layers.map((l) => l.name);
  parentPort?.postMessage({ ok: true, file, layers });
} catch (e) {
  if (e instanceof FormatError) {
    parentPort?.postMessage({ ok: false, code: e.code, message: e.message, details: e.details ?? null });
  } else {
    const message = e instanceof Error ? e.message : String(e);
    parentPort?.postMessage({ ok: false, code: "corrupt_file", message, details: null });
  }
}
