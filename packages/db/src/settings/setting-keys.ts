/**
 * The settings a running system changes without a restart, a fixed list:
 * each key's labels, kind and limits. Values outside it are refused.
 */
export interface SettingKey {
  key: string;
  label: { zh: string; en: string };
  kind: "text" | "url" | "integer";
  /** Shown to anyone (the map needs it); otherwise only to admins. */
  public: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
}

export const SETTING_KEYS = [
  {
    key: "map.review_number",
    label: { zh: "审图号", en: "Map review number (审图号)" },
    kind: "text",
    public: true,
    maxLength: 60,
  },
  {
    key: "basemap.tile_url",
    label: { zh: "底图瓦片地址（{z}/{x}/{y}）", en: "Base map tile URL ({z}/{x}/{y})" },
    kind: "url",
    public: true,
    maxLength: 500,
  },
  {
    key: "basemap.tianditu_key",
    label: { zh: "天地图密钥", en: "Tianditu key" },
    kind: "text",
    public: true,
    maxLength: 64,
  },
  {
    key: "public.rate_limit.read",
    label: { zh: "公众查询限额（次/分钟/地址）", en: "Public reads per minute per address" },
    kind: "integer",
    public: false,
    min: 10,
    max: 10_000,
  },
  {
    key: "public.rate_limit.report",
    label: { zh: "公众举报限额（次/10 分钟/地址）", en: "Citizen reports per 10 minutes per address" },
    kind: "integer",
    public: false,
    min: 1,
    max: 1_000,
  },
] as const satisfies readonly SettingKey[];

export type SettingName = (typeof SETTING_KEYS)[number]["key"];
export type SettingValue = string | number | null;

/** The key's definition, or undefined for a key not on the list. */
export function settingKey(key: string): SettingKey | undefined {
  return (SETTING_KEYS as readonly SettingKey[]).find((k) => k.key === key);
}

function hasControlCharacter(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** The value as stored (null clears the setting), or the reason it is refused. */
export function checkSettingValue(
  def: SettingKey,
  value: unknown,
): { ok: true; value: SettingValue } | { ok: false; message_zh: string; message_en: string } {
  if (value === null || value === "") return { ok: true, value: null };
  if (def.kind === "integer") {
    const ok =
      typeof value === "number" &&
      Number.isInteger(value) &&
      value >= (def.min ?? 0) &&
      value <= (def.max ?? 1e9);
    return ok
      ? { ok: true, value: value as number }
      : {
          ok: false,
          message_zh: `须为 ${def.min}–${def.max} 的整数`,
          message_en: `must be an integer from ${def.min} to ${def.max}`,
        };
  }
  if (typeof value !== "string" || value.length > (def.maxLength ?? 200) || hasControlCharacter(value))
    return {
      ok: false,
      message_zh: `须为不超过 ${def.maxLength} 个字符的文字`,
      message_en: `must be text of at most ${def.maxLength} characters`,
    };
  if (def.kind === "url") {
    let url: URL | undefined;
    try {
      url = new URL(value.replaceAll("{z}", "0").replaceAll("{x}", "0").replaceAll("{y}", "0"));
    } catch {
      url = undefined;
    }
    if (url?.protocol !== "https:" || !["{z}", "{x}", "{y}"].every((p) => value.includes(p)))
      return {
        ok: false,
        message_zh: "须为 https 地址，含 {z}、{x}、{y}",
        message_en: "must be an https URL with {z}, {x} and {y}",
      };
  }
  return { ok: true, value: value.trim() };
}
