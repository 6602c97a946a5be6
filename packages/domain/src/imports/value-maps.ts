import type { Vocabulary } from "../enums.ts";

/** Raw file values → vocabulary values, per target field: { status: { 在产: "producing" } }. */
export type ValueMaps = Record<string, Record<string, string>>;

/** Words county bureaus write for a value that its zh label does not spell out. */
const SYNONYMS: Record<string, string> = {
  在产: "producing",
  正常生产: "producing",
  在建: "building",
  建设: "building",
  停产整顿: "suspended",
  停建: "suspended",
  闭坑: "closed",
  已关闭: "closed",
  历史遗留: "historic_abandoned",
  废弃: "historic_abandoned",
  井工: "underground",
  地下: "underground",
  露天: "open_pit",
  小: "small",
  中: "medium",
  大: "large",
  特大: "huge",
  特大型: "huge",
  县: "county",
  区: "county",
  县区: "county",
  市: "city",
};

const squash = (s: string) => s.trim().toLowerCase().replace(/\s+/g, "");

/**
 * The vocabulary value a raw file value stands for, or null: the user's value
 * map first, then the value itself, its zh or en label, a usual synonym, and
 * last a label that alone contains (or is contained in) the raw text
 * (生产矿山 → producing). Pure.
 * @example mapVocabularyValue("崩塌", hazardType) // "collapse"
 */
export function mapVocabularyValue(
  raw: string,
  vocabulary: Vocabulary<string>,
  userMap: Record<string, string> = {},
): string | null {
  const text = raw.trim();
  const mapped = userMap[text];
  if (mapped !== undefined) return vocabulary.has(mapped) ? mapped : null;
  if (vocabulary.has(text)) return text;
  const key = squash(text);
  if (key === "") return null;
  for (const value of vocabulary.values) {
    const label = vocabulary.labels[value];
    if (label && (squash(label.zh) === key || squash(label.en) === key)) return value;
  }
  const synonym = SYNONYMS[key];
  if (synonym !== undefined && vocabulary.has(synonym)) return synonym;
  if (key.length < 2) return null;
  const near = vocabulary.values.filter((value) => {
    const zh = squash(vocabulary.labels[value]?.zh ?? "");
    return zh.length >= 2 && (key.includes(zh) || zh.includes(key));
  });
  return near.length === 1 ? (near[0] as string) : null;
}
