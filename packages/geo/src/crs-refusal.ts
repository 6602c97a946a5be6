/**
 * Why a declared coordinate system is not taken as it stands, with the text
 * the user reads (zh-CN first, English beside it).
 */

export type CrsRefusalReason =
  | "xian80"
  | "beijing54"
  | "gcj02"
  | "bd09"
  | "unsupported_projection"
  | "bad_zone"
  | "zone_mismatch"
  | "unknown";

/** A refused CRS; for Xi'an 80 / Beijing 54 the projection found, so seven parameters can complete it. */
export interface CrsRefusal {
  ok: false;
  reason: CrsRefusalReason;
  message_zh: string;
  message_en: string;
  /** The GK projection the declaration names, when it names one (Xi'an 80 / Beijing 54 zones). */
  projection?: { centralMeridian: number; falseEasting: number };
}

const MESSAGES: Record<CrsRefusalReason, [zh: string, en: string]> = {
  xian80: [
    "数据为1980西安坐标系，需提供转换到CGCS2000的七参数后才能导入",
    "The data is in Xi'an 1980; give the seven parameters to CGCS2000 to import it",
  ],
  beijing54: [
    "数据为1954北京坐标系，需提供转换到CGCS2000的七参数后才能导入",
    "The data is in Beijing 1954; give the seven parameters to CGCS2000 to import it",
  ],
  gcj02: [
    "数据为GCJ-02（火星坐标，高德/腾讯地图拾取），导入时将转换为WGS84/CGCS2000",
    "The data is GCJ-02 (AMap/Tencent pick-up); it is converted to WGS84/CGCS2000 on import",
  ],
  bd09: [
    "数据为BD-09（百度地图拾取），导入时将转换为WGS84/CGCS2000",
    "The data is BD-09 (Baidu Maps pick-up); it is converted to WGS84/CGCS2000 on import",
  ],
  unsupported_projection: [
    "不支持的投影类型，仅支持高斯-克吕格投影",
    "Unsupported projection; only Gauss-Krüger is supported",
  ],
  bad_zone: ["带号或分带方式无效", "The zone number or zone width is not valid"],
  zone_mismatch: [
    "坐标中的带号与声明的带号不一致",
    "The zone number in the coordinates differs from the declared zone",
  ],
  unknown: [
    "无法识别坐标系，请选择坐标系（如CGCS2000 3度带）",
    "The coordinate system is not recognised; choose one (e.g. CGCS2000 3-degree zone)",
  ],
};

/** A refusal with its messages; `detail` is appended to both texts. */
export function crsRefusal(
  reason: CrsRefusalReason,
  extra: { detail?: string; projection?: CrsRefusal["projection"] } = {},
): CrsRefusal {
  const [zh, en] = MESSAGES[reason];
  const suffix = extra.detail ? ` (${extra.detail})` : "";
  return {
    ok: false,
    reason,
    message_zh: `${zh}${extra.detail ? `（${extra.detail}）` : ""}`,
    message_en: `${en}${suffix}`,
    ...(extra.projection ? { projection: extra.projection } : {}),
  };
}
