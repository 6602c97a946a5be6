/**
 * The catalogue of API errors: a stable code, the HTTP status and the message
 * in zh-CN and English. Routes throw `apiError(code, details?)`; one handler
 * (plugins/error-handler.ts) turns it into `{ error: { code, message, message_en, details? } }`.
 */

import GENERAL_ERRORS from "./errors.json" with { type: "json" };
import FILE_IMPORT_ERRORS from "./file-imports/file-import-errors.json" with { type: "json" };

/**
 * Every code: errors.json holds the general ones (HTTP, layers, tiles, auth) and then, in order,
 * offline base maps (issue 13), treatment zones and analysis (issue 3), non-coal rectification
 * (issue 15), governance (issue 14), field inspections (issue 4), field tasks and report resends
 * (issue 16), citizen reports and plan targets (issue 5) and group monitoring beats;
 * file-imports/file-import-errors.json the file imports'.
 */
export const ERRORS = { ...GENERAL_ERRORS, ...FILE_IMPORT_ERRORS } satisfies Record<
  string,
  { status: number; zh: string; en: string }
>;

export type ErrorCode = keyof typeof ERRORS;

/** An expected failure with a catalogue code; details say what exactly was wrong. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;
  readonly details: unknown;

  constructor(code: ErrorCode, details?: unknown) {
    super(ERRORS[code].en);
    this.code = code;
    this.statusCode = ERRORS[code].status;
    this.details = details;
  }
}

/** Builds an ApiError to throw from a route. */
export function apiError(code: ErrorCode, details?: unknown): ApiError {
  return new ApiError(code, details);
}
