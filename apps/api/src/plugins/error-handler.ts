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
  const entry = ERRORS[code];
  const body: ErrorReply = { error: { code, message: entry.zh, message_en: entry.en } };
  if (details !== undefined) body.error.details = details;
  return reply.status(status).type("application/json; charset=utf-8").send(body);
}

function classify(error: FastifyError | ApiError): { code: ErrorCode; status: number; details?: unknown } {
  if (error instanceof ApiError)
    return { code: error.code, status: error.statusCode, details: error.details };
  if (error.validation) {
    const details = error.validation.map((v) => ({
      field: `${error.validationContext ?? ""}${v.instancePath}`,
      problem: v.message,
      ...(v.params && Object.keys(v.params).length > 0 ? { params: v.params } : {}),
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
