/** Version of the generator's rules; bumped whenever the same seed would give other data. */
export const GENERATOR_VERSION = 1;

/** The seed of the demo database. */
export const DEMO_SEED = 20250601;

/** The demo describes the state at the end of this year. */
export const DEMO_AS_OF_YEAR = 2025;

/** The data_source of every generated row: it must never pass for real data. */
export function syntheticSource(seed: number): string {
  return `合成演示数据 synthetic demo data — Lianpian generator v${GENERATOR_VERSION}, seed ${seed}`;
}

export const APPROXIMATE_OUTLINE =
  "示意性近似边界，非官方数据 approximate outline drawn for the demo, not an official boundary";
export const APPROXIMATE_LINE =
  "示意性近似走向，非测绘数据 approximate course drawn for the demo, not surveyed";
export const FICTIONAL = "虚构对象 fictional record";
