import type { Socket } from "node:net";
import { databaseFailure } from "@lianpian/db";
import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import fp from "fastify-plugin";
import { ApiError, ERRORS, type ErrorCode } from "../errors.ts";
import type { ErrorReply } from "../schemas/error.schema.ts";

/** Turns every thrown error into the catalogue's JSON shape; 5xx details are logged, never sent. */
export const errorHandler = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    const { code, status, details } = classify(error);
    if (status === 503) request.log.warn({ code, err: error.message }, "database unavailable");
    else if (status >= 500) request.log.error({ err: error }, "request failed");
    else request.log.info({ code, details }, "request rejected");
    // A client may try again shortly; the database is restarting or busy.
    if (status === 503) reply.header("retry-after", "2");
    return send(reply, status, code, details);
  });
});

function send(reply: FastifyReply, status: number, code: ErrorCode, details: unknown) {
  return reply.status(status).type("application/json; charset=utf-8").send(errorBody(code, details));
}

/** Our error shape for a code of the catalogue. */
function errorBody(code: ErrorCode, details?: unknown): ErrorReply {
  const entry = ERRORS[code];
  const body: ErrorReply = { error: { code, message: entry.zh, message_en: entry.en } };
  if (details !== undefined) body.error.details = details;
  return body;
}

/**
 * Fastify's own refusals before routing (a path segment over the length
 * limit, an undecodable URL), in our shape; wired as `frameworkErrors`.
 */
export function frameworkError(error: FastifyError, _request: unknown, reply: FastifyReply) {
  const status = error.statusCode === 414 ? 414 : 400;
  return send(reply, status, status === 414 ? "uri_too_long" : "bad_request", undefined);
}

/**
 * What Node's HTTP parser refuses (a malformed Content-Length, an oversized
 * header) never reaches Fastify's handlers: answer it in our shape on the
 * socket, then close; wired as `clientErrorHandler`.
 */
export function clientError(error: { code?: string }, socket: Socket) {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify(errorBody(tooLarge ? "headers_too_large" : "bad_request"));
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? "Request Header Fields Too Large" : "Bad Request"}\r\n` +
      `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Connection: close\r\n\r\n${body}`,
  );
}

const MAX_VALIDATION_DETAILS = 5;

/** A validator's params with long values cut (e.g. an allowed-values list). */
function boundedParams(params: Record<string, unknown>): Record<string, unknown> {
  const json = JSON.stringify(params);
  return json.length <= 500 ? params : { truncated: json.slice(0, 500) };
}

function classify(error: FastifyError | ApiError): { code: ErrorCode; status: number; details?: unknown } {
  if (error instanceof ApiError)
    return { code: error.code, status: error.statusCode, details: error.details };
  if (error.validation) {
    // The first few problems, each bounded: a huge invalid body must not make a huge reply.
    const details = error.validation.slice(0, MAX_VALIDATION_DETAILS).map((v) => ({
      field: `${error.validationContext ?? ""}${v.instancePath}`.slice(0, 200),
      problem: v.message?.slice(0, 200),
      ...(v.params && Object.keys(v.params).length > 0 ? { params: boundedParams(v.params) } : {}),
    }));
    return { code: "validation_failed", status: 400, details };
  }
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") return { code: "body_too_large", status: 413 };
  if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") return { code: "unsupported_media_type", status: 415 };
  if (error.code === "FST_ERR_CTP_EMPTY_JSON_BODY" || error.code === "FST_ERR_CTP_INVALID_JSON_BODY") {
    return { code: "bad_request", status: 400, details: error.message };
  }
  // PostgreSQL's errors, classified once (packages/db connection/database-errors.ts): no address,
  // SQL or server text reaches the client.
  switch (databaseFailure(error)) {
    case "unavailable":
      return { code: "database_unavailable", status: 503 };
    case "timeout":
      return { code: "database_timeout", status: 503 };
    case "constraint":
      return { code: "database_constraint", status: 409 };
    case "data":
      return { code: "database_rejected_value", status: 400 };
  }
  const status = error.statusCode ?? 500;
  if (status === 429) return { code: "rate_limited", status };
  if (status >= 400 && status < 500) return { code: "bad_request", status, details: error.message };
  return { code: "internal", status: 500 };
}
