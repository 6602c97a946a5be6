/**
 * The catalogue of API errors: a stable code, the HTTP status and the message
 * in zh-CN and English. Routes throw `apiError(code, details?)`; one handler
 * (plugins/error-handler.ts) turns it into `{ error: { code, message, message_en, details? } }`.
 */
import { FILE_IMPORT_ERRORS } from "./file-imports/file-import-errors.ts";

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
  // offline base maps (issue 13)
  basemap_not_found: { status: 404, zh: "没有这个底图", en: "No such base map" },
  basemap_file_missing: {
    status: 400,
    zh: "请上传 MBTiles 或 PMTiles 文件（字段 file）",
    en: "Upload an MBTiles or PMTiles file (field file)",
  },
  basemap_too_large: {
    status: 413,
    zh: "底图文件超过大小上限",
    en: "The base-map file is over the size limit",
  },
  basemap_unreadable: {
    status: 422,
    zh: "不是可用的栅格 MBTiles 或 PMTiles 文件（PNG、JPEG 或 WebP 瓦片）",
    en: "Not a usable raster MBTiles or PMTiles file (PNG, JPEG or WebP tiles)",
  },
  range_not_satisfiable: {
    status: 416,
    zh: "请求的字节范围超出文件大小",
    en: "The requested byte range is beyond the end of the file",
  },
  unsupported_crs: {
    status: 400,
    zh: "不支持该坐标系（可用 CRS84、EPSG:4326、EPSG:4490 及 CGCS2000 高斯-克吕格投影带 EPSG:4491–4554）",
    en: "Unsupported CRS (use CRS84, EPSG:4326, EPSG:4490 or a CGCS2000 Gauss-Krüger zone EPSG:4491–4554)",
  },
  unknown_export_layer: { status: 404, zh: "没有这个可导出的图层", en: "No such layer to export" },
  export_not_possible: {
    status: 400,
    zh: "该图层不能以此格式或坐标系导出",
    en: "This layer cannot be exported in that format or CRS",
  },
  limit_out_of_range: { status: 400, zh: "limit 超出允许范围", en: "limit is out of range" },
  body_too_large: { status: 413, zh: "请求体过大", en: "Request body too large" },
  unsupported_media_type: { status: 415, zh: "不支持的内容类型", en: "Unsupported media type" },
  invalid_credentials: { status: 401, zh: "用户名或密码错误", en: "Wrong username or password" },
  unauthorized: { status: 401, zh: "请先登录", en: "Please log in" },
  forbidden: { status: 403, zh: "没有权限", en: "Forbidden" },
  conflict: { status: 409, zh: "数据已被他人修改", en: "The data was changed by someone else" },
  // treatment zones and analysis (issue 3)
  invalid_geometry: { status: 400, zh: "几何图形无效", en: "The geometry is not valid" },
  geometry_too_small: { status: 400, zh: "面积过小，不能作为片区", en: "The area is too small for a zone" },
  no_operands: {
    status: 400,
    zh: "请至少选择一个要素或绘制一个图形",
    en: "Select a feature or draw a shape first",
  },
  too_many_operands: { status: 400, zh: "一次选择的要素过多", en: "Too many features in one operation" },
  bad_distance: { status: 400, zh: "距离超出允许范围", en: "The distance is out of range" },
  empty_result: {
    status: 422,
    zh: "运算结果没有面积（点和线请先缓冲）",
    en: "The result has no area (buffer points and lines first)",
  },
  zone_not_found: { status: 404, zh: "没有这个片区", en: "No such zone" },
  // non-coal rectification (issue 15)
  rectification_mine_not_found: {
    status: 404,
    zh: "没有这个持证非煤矿山",
    en: "No such licensed non-coal mine",
  },
  rectification_basis_required: {
    status: 400,
    zh: "认定类别须注明依据文件",
    en: "A recorded class needs its basis",
  },
  proposal_not_found: { status: 404, zh: "没有这个拟设矿业权", en: "No such proposed licence" },
  check_dams_rejected: {
    status: 422,
    zh: "淤地坝台账有误，未导入任何行",
    en: "The check-dam rows have problems; nothing was imported",
  },
  check_dam_invalid: {
    status: 422,
    zh: "淤地坝信息有误，未保存",
    en: "The check dam has problems; nothing was saved",
  },
  check_dam_not_found: { status: 404, zh: "没有这座淤地坝", en: "No such check dam" },
  zone_version_not_found: { status: 404, zh: "该片区没有这个版本", en: "The zone has no such version" },
  zone_code_taken: { status: 409, zh: "片区编号已被使用", en: "The zone code is already taken" },
  zone_name_invalid: { status: 400, zh: "片区名称不符合要求", en: "The zone name is not valid" },
  zone_status_not_allowed: { status: 409, zh: "不允许的状态变更", en: "This status change is not allowed" },
  zone_not_deletable: {
    status: 409,
    zh: "只有草案状态的片区可以删除",
    en: "Only a draft zone can be deleted",
  },
  // governance (issue 14)
  zone_locked: {
    status: 409,
    zh: "片区已批准，边界和出资比例已锁定，须由审核人员重新开放后修改",
    en: "The zone is approved: its outline and fund shares are locked until a reviewer reopens it",
  },
  zone_read_only: {
    status: 409,
    zh: "已验收或管护期的片区只读，只能添加管护记录",
    en: "An accepted zone or one in aftercare is read-only; only aftercare records can be added",
  },
  decision_forbidden: {
    status: 403,
    zh: "批准和验收须由审核人员或管理员作出",
    en: "Only a reviewer or an administrator can approve or accept a zone",
  },
  decision_document_required: {
    status: 400,
    zh: "批准和验收须填写决定文件（文号和日期）",
    en: "Approval and acceptance need the decision document (number and date)",
  },
  attachment_invalid: {
    status: 400,
    zh: "附件不符合要求（PDF、JPEG 或 PNG，不超过 5 MB）",
    en: "The attachment is not acceptable (PDF, JPEG or PNG, at most 5 MB)",
  },
  attachment_not_found: { status: 404, zh: "没有这个附件", en: "No such attachment" },
  zone_not_reopenable: {
    status: 409,
    zh: "只有已批准、实施中或已完工且未重新开放的片区可以重新开放",
    en: "Only an approved, in-progress or completed zone not already reopened can be reopened",
  },
  aftercare_not_open: {
    status: 409,
    zh: "只有已验收或管护期的片区可以添加管护记录",
    en: "Aftercare records can be added only to an accepted zone or one in aftercare",
  },
  aftercare_invalid: { status: 400, zh: "管护记录不完整", en: "The aftercare record is incomplete" },
  zone_not_restorable: {
    status: 404,
    zh: "没有可恢复的已删除片区（可能已超过恢复期限）",
    en: "No deleted zone to restore (the restore period may have passed)",
  },
  weak_password: { status: 400, zh: "密码不符合要求", en: "The password does not meet the rules" },
  password_change_required: {
    status: 403,
    zh: "请先修改初始密码",
    en: "Please change your initial password first",
  },
  login_throttled: {
    status: 429,
    zh: "登录失败次数过多，请稍后再试",
    en: "Too many failed logins; try again later",
  },
  username_taken: { status: 409, zh: "用户名已被使用", en: "The username is taken" },
  user_not_found: { status: 404, zh: "没有这个用户", en: "No such user" },
  cannot_change_self: {
    status: 409,
    zh: "不能停用自己或更改自己的角色",
    en: "You cannot disable yourself or change your own role",
  },
  unknown_setting: { status: 400, zh: "没有这个设置项", en: "No such setting" },
  setting_invalid: { status: 400, zh: "设置值不符合要求", en: "The setting's value is not valid" },
  shares_invalid: { status: 400, zh: "出资比例不符合要求", en: "The fund shares are not valid" },
  unknown_company: { status: 400, zh: "没有这个企业", en: "No such company" },
  // field inspections (issue 4)
  hazard_not_found: { status: 404, zh: "没有这个隐患点", en: "No such hazard point" },
  inspection_not_found: { status: 404, zh: "没有这条巡查记录", en: "No such inspection" },
  alert_not_found: { status: 404, zh: "没有这条预警", en: "No such alert" },
  idempotency_key_reused: {
    status: 422,
    zh: "该巡查编号已用于内容不同的记录",
    en: "This client key was already used for different content",
  },
  inspection_in_flight: {
    status: 409,
    zh: "该巡查记录正在保存，请稍后重试",
    en: "This inspection is still being stored; retry shortly",
  },
  photo_not_declared: {
    status: 422,
    zh: "照片不在该巡查记录的照片清单中",
    en: "The photo is not in the inspection's photo list",
  },
  photo_hash_mismatch: {
    status: 422,
    zh: "照片内容与校验值不符（上传可能中断）",
    en: "The photo does not match its SHA-256 (the upload may have been cut)",
  },
  photo_type_mismatch: {
    status: 415,
    zh: "照片格式不受支持或与声明的类型不符",
    en: "The photo type is not accepted or does not match its content",
  },
  alert_already_reported: { status: 409, zh: "该预警已上报", en: "The alert was already reported" },
  // field tasks, confirmed alerts, inspection review, report resends (issue 16)
  alert_already_confirmed: { status: 409, zh: "该预警已确认", en: "The alert was already confirmed" },
  task_hazard_unknown: { status: 422, zh: "没有这个在册隐患点", en: "No such active hazard point" },
  task_not_a_monitor: {
    status: 422,
    zh: "任务只能派给启用的群测群防员账号",
    en: "A task can only be assigned to an enabled field monitor account",
  },
  review_reason_required: {
    status: 400,
    zh: "驳回巡查记录须写明理由",
    en: "Rejecting an inspection needs a reason",
  },
  report_key_reused: {
    status: 422,
    zh: "该举报编号已用于内容不同的举报",
    en: "This report key was already used for a different report",
  },
  // citizen reports and plan targets (issue 5)
  report_honeypot: {
    status: 400,
    zh: "提交被拒绝：隐藏字段被填写，疑似自动程序",
    en: "Refused: a hidden field was filled in, which looks automated",
  },
  report_unknown_category: { status: 400, zh: "请选择问题类别", en: "Choose a category for the report" },
  report_text_too_short: {
    status: 400,
    zh: "问题描述至少需要 5 个字",
    en: "Describe the problem in at least 5 characters",
  },
  report_text_too_long: {
    status: 400,
    zh: "问题描述不能超过 2000 个字",
    en: "The description may be at most 2000 characters",
  },
  report_contact_too_long: {
    status: 400,
    zh: "联系方式不能超过 100 个字",
    en: "The contact may be at most 100 characters",
  },
  report_photo_too_large: { status: 413, zh: "照片不能超过 2 MB", en: "The photo may be at most 2 MB" },
  report_photo_type: {
    status: 415,
    zh: "照片须为 JPEG、PNG 或 WebP 格式",
    en: "The photo must be a JPEG, PNG or WebP image",
  },
  report_outside_area: {
    status: 422,
    zh: "所选位置不在本平台覆盖的县（市、区）范围内",
    en: "The place is outside the counties this map covers",
  },
  tracking_code_malformed: {
    status: 400,
    zh: "查询码格式不对，应为 LP-XXXXX-XXXXX",
    en: "A tracking code looks like LP-XXXXX-XXXXX",
  },
  tracking_code_typo: {
    status: 400,
    zh: "查询码有误，请核对后重输",
    en: "The tracking code has a typo; check it and try again",
  },
  report_not_found: { status: 404, zh: "没有这个查询码对应的举报", en: "No report has this tracking code" },
  report_action_not_allowed: {
    status: 409,
    zh: "该举报当前状态下不能进行此操作",
    en: "This action is not allowed in the report's current status",
  },
  unknown_county: { status: 400, zh: "没有这个县（市、区）代码", en: "No county has this code" },
  unknown_region: { status: 404, zh: "没有这个规划区域", en: "No such plan region" },
  target_unit_mismatch: { status: 400, zh: "该指标的单位不对", en: "Wrong unit for this indicator" },
  // group monitoring beats
  monitor_not_found: { status: 404, zh: "没有这个群测群防员账号", en: "No such field monitor account" },
  hazards_not_active: {
    status: 400,
    zh: "这些隐患点不存在或已销号，不能分配",
    en: "These hazard points do not exist or are written off: they cannot be assigned",
  },
  rate_limited: { status: 429, zh: "请求过于频繁，请稍后再试", en: "Too many requests, try again later" },
  database_timeout: {
    status: 503,
    zh: "数据库繁忙，请稍后再试",
    en: "The database is busy, try again later",
  },
  photo_unreadable: {
    status: 422,
    zh: "照片无法读取（文件已损坏或不是图片）",
    en: "The photo cannot be read (damaged, or not an image)",
  },
  photo_too_many_pixels: {
    status: 422,
    zh: "照片像素过多（超过 6000 万像素），请缩小后再传",
    en: "The photo has too many pixels (over 60 megapixels); resize it first",
  },
  uri_too_long: { status: 414, zh: "请求地址过长", en: "The request URL is too long" },
  headers_too_large: { status: 431, zh: "请求头过大", en: "The request headers are too large" },
  control_characters: {
    status: 400,
    zh: "文字中含有不允许的控制字符",
    en: "The text holds control characters that are not allowed",
  },
  non_canonical_number: {
    status: 400,
    zh: "数字格式不规范（只接受十进制写法，如 12）",
    en: "The number is not written canonically (plain decimal, e.g. 12)",
  },
  number_out_of_range: { status: 400, zh: "数字超出允许范围", en: "The number is out of range" },
  database_unavailable: {
    status: 503,
    zh: "数据库暂时无法连接，请稍后再试",
    en: "The database cannot be reached right now, try again shortly",
  },
  database_constraint: {
    status: 409,
    zh: "数据与已有记录冲突，未保存",
    en: "The data conflicts with existing records and was not saved",
  },
  database_rejected_value: {
    status: 400,
    zh: "数据中有数据库不能接受的值，未保存",
    en: "The data holds a value the database cannot take; nothing was saved",
  },
  internal: { status: 500, zh: "服务器内部错误", en: "Internal server error" },
  ...FILE_IMPORT_ERRORS,
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
