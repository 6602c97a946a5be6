import { Unzip, type UnzipFile, UnzipInflate } from "fflate";
import { FormatError, type ReadLimits } from "./types.ts";

/** One file inside a zip, inflated. */
export interface ZipEntry {
  /** Full path inside the zip ("data/矿山.shp"). */
  path: string;
  bytes: Uint8Array;
}

// The zip is pushed in small slices so one inflate step yields at most ~1000×
// a slice (deflate's ratio bound): the total is checked as bytes come out,
// whatever sizes the zip declares, and a zip bomb stops early.
const SLICE = 64 * 1024;

/** True when the bytes start like a zip (local file header "PK\x03\x04"). */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

/** Inflates every file of a zip (folders skipped), enforcing the entry count and total size limits. */
export function unzipEntries(bytes: Uint8Array, limits: ReadLimits): ZipEntry[] {
  if (!looksLikeZip(bytes)) throw new FormatError("corrupt_file", "The file is not a zip archive.");
  const entries: ZipEntry[] = [];
  const open = new Set<string>();
  let total = 0;
  let entryCount = 0;
  let stop: FormatError | null = null;

  const unzip = new Unzip((file: UnzipFile) => {
    if (stop) return;
    entryCount += 1;
    if (entryCount > limits.maxZipEntries) {
      stop = new FormatError(
        "zip_too_many_entries",
        `The zip has more than ${limits.maxZipEntries} entries.`,
        {
          limit: limits.maxZipEntries,
        },
      );
      return;
    }
    if (file.name.endsWith("/")) return;
    const chunks: Uint8Array[] = [];
    open.add(file.name);
    file.ondata = (error, data, final) => {
      if (stop) return;
      if (error) {
        stop = new FormatError("corrupt_file", `The zip entry ${file.name} cannot be inflated.`);
        return;
      }
      total += data.length;
      if (total > limits.maxUncompressedBytes) {
        stop = new FormatError(
          "zip_too_large",
          `The zip inflates to more than ${limits.maxUncompressedBytes} bytes.`,
          { limit: limits.maxUncompressedBytes },
        );
        file.terminate();
        return;
      }
      chunks.push(data);
      if (final) {
        open.delete(file.name);
        entries.push({ path: file.name, bytes: concat(chunks) });
      }
    };
    try {
      file.start();
    } catch {
      stop = new FormatError(
        "unsupported_format",
        `The zip entry ${file.name} uses an unsupported compression.`,
      );
    }
  });
  unzip.register(UnzipInflate);

  try {
    for (let at = 0; at < bytes.length && !stop; at += SLICE) {
      unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
    }
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw new FormatError("corrupt_file", "The zip archive is damaged or truncated.");
  }
  if (stop) throw stop;
  if (open.size > 0) throw new FormatError("corrupt_file", "The zip archive is truncated.");
  return entries;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
