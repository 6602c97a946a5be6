import chardet from "chardet";
import { FormatError, type TextEncodingInfo } from "./types.ts";

// Names found in .cpg files and user choices, mapped to WHATWG labels. GBK and
// GB2312 are decoded as GB18030, their superset.
const ALIASES: Record<string, string> = {
  utf8: "utf-8",
  "utf-8": "utf-8",
  "65001": "utf-8",
  gbk: "gb18030",
  gb2312: "gb18030",
  "gb_2312-80": "gb18030",
  gb18030: "gb18030",
  "936": "gb18030",
  cp936: "gb18030",
  "ansi 936": "gb18030",
  "54936": "gb18030",
  big5: "big5",
  "950": "big5",
  "1252": "windows-1252",
  "ansi 1252": "windows-1252",
  "88591": "iso-8859-1",
  latin1: "iso-8859-1",
};

/** The WHATWG label for an encoding name (.cpg text, user choice), or null when unknown. */
export function normalizeEncoding(name: string): string | null {
  const key = name.trim().toLowerCase().replace(/\s+/g, " ");
  if (key === "") return null;
  const alias = ALIASES[key];
  if (alias) return alias;
  try {
    return new TextDecoder(key).encoding;
  } catch {
    return null;
  }
}

/** The encoding the user chose, or a FormatError naming it. */
function overrideEncoding(name: string): string {
  const label = normalizeEncoding(name);
  if (!label)
    throw new FormatError("unknown_encoding", `Unknown text encoding "${name}".`, { encoding: name });
  return label;
}

/** True when the bytes decode as UTF-8 without error (ASCII included). */
function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Guesses the encoding of text bytes: valid UTF-8 is UTF-8; otherwise chardet,
 * whose Big5 is believed, and anything else is taken as GB18030 (county
 * bureaus' files are GBK far more often than any single-byte code page).
 */
export function detectEncoding(bytes: Uint8Array): string {
  if (isValidUtf8(bytes)) return "utf-8";
  const found = chardet.detect(bytes);
  if (found && found.toLowerCase() === "big5") return "big5";
  return "gb18030";
}

/** Chooses how to decode a file's text: the user's override, then a declared name (.cpg), then detection. */
export function chooseEncoding(
  sample: Uint8Array,
  override?: string,
  declared?: string | null,
): TextEncodingInfo {
  if (override)
    return {
      used: overrideEncoding(override),
      detected: declaredOrDetected(sample, declared),
      source: "override",
    };
  const fromDeclared = declared ? normalizeEncoding(declared) : null;
  if (fromDeclared) return { used: fromDeclared, detected: fromDeclared, source: "cpg" };
  const detected = detectEncoding(sample);
  return { used: detected, detected, source: "detected" };
}

function declaredOrDetected(sample: Uint8Array, declared?: string | null): string {
  return (declared && normalizeEncoding(declared)) || detectEncoding(sample);
}

/** Decodes text bytes with a WHATWG label, dropping a byte-order mark. */
export function decodeText(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes);
}
