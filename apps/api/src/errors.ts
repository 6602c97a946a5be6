/**
 * The catalogue of API errors: a stable code, the HTTP status and the message
 * in zh-CN and English. Routes throw `apiError(code, details?)`; one handler
 * (plugins/error-handler.ts) turns it into `{ error: { code, message, message_en, details? } }`.
 */
export const ERRORS = {
  bad_request: { status: 400, zh: "请求有误", en: "Bad request" },
  validation_failed: { status: 400, zh: "请求参数不符合要求", en: "The request parameters are not valid" },
  unknown_layer: { status: 404, zh: "没有这个图层", en: "No such layer" },
  unknown_collection: { status: 404, zh: "没有这个要素集合", en: "No such collection" },
  feature_not_found: { status: 404, zh: "没有这个要素", en: "No such feature" },
  not_found: { status: 404, zh: "没有这个地址", en: "Not found" },
  zoom_out_of_range: { status: 400, zh: "缩放级别超出范围", en: "Zoom level out of range" },
  tile_out_of_range: {
    status: 400,
    zh: "瓦片行列号超出该缩放级别的范围",
    en: "Tile column or row out of range for the zoom level",
  },
  bad_bbox: { status: 400, zh: "bbox 格式或范围有误", en: "Malformed or out-of-range bbox" },
  bbox_too_large: { status: 400, zh: "bbox 范围过大", en: "The bbox is too large" },
  limit_out_of_range: { status: 400, zh: "limit 超出允许范围", en: "limit is out of range" },
  body_too_large: { status: 413, zh: "请求体过大", en: "Request body too large" },
  unsupported_media_type: { status: 415, zh: "不支持的内容类型", en: "Unsupported media type" },
  invalid_credentials: { status: 401, zh: "用户名或密码错误", en: "Wrong username or password" },
  unauthorized: { status: 401, zh: "请先登录", en: "Please log in" },
  forbidden: { status: 403, zh: "没有权限", en: "Forbidden" },
  conflict: { status: 409, zh: "数据已被他人修改", en: "The data was changed by someone else" },
  rate_limited: { status: 429, zh: "请求过于频繁，请稍后再试", en: "Too many requests, try again later" },
  database_timeout: {
    status: 503,
    zh: "数据库繁忙，请稍后再试",
    en: "The database is busy, try again later",
  },
  internal: { status: 500, zh: "服务器内部错误", en: "Internal server error" },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

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
