import { type disposition, type Mineral, type MineStatus, mineral } from "../enums.ts";
import { type MiningMethod, mineScaleClass, type ProductionUnit } from "./scale-class.ts";

/*
 * Non-coal mine rectification class (泽州县非煤矿山整治 plan, 2025), as
 * docs/domain-rules.md "Non-coal mine rectification" states it. Classes, strongest first:
 *
 *   关闭取缔 close_and_ban — operating without a valid mining or safety
 *     licence; mining outside the licensed boundary; a banned process not fixed.
 *   引导退出 guided_exit — resources exhausted while licensed; long stopped;
 *     below the provincial production threshold with under 5 years of
 *     resources left; construction overdue.
 *   升级改造 upgrade — at least medium scale after upgrading, with at least
 *     5 years of resources left.
 *   保留 retain — none of the above.
 *
 * A mine already closed is not classed again ("closed"): its recorded
 * class is the history of the decision that closed it.
 *
 * Bounds: "below 30 万t/a" is strict (29.9 is below, 30 is not); "under 5
 * years" is strict (4.9 is under, 5 is not); "at least 5 years" is inclusive.
 * A licence is valid through its last day. Consolidation (整合重组) is found
 * spatially (packages/db rectification) and new allocation is a check of a
 * proposed area; neither is decided here.
 */

/** The computed class; "closed" for a mine already closed (history, not classed again). */
export type RectificationClass = "close_and_ban" | "guided_exit" | "upgrade" | "retain" | "closed";
/** A class a planner may record (mines.disposition): the computed ones, consolidate and new allocation. */
export type MineDisposition = (typeof disposition.values)[number];

/** Production thresholds of the plan, 万t/a: below them a mine is "below scale". */
export const BELOW_SCALE_THRESHOLDS: Readonly<Partial<Record<Mineral, number>>> = {
  bauxite: 30,
  iron: 30,
  cement_limestone: 30,
};
/** Open-pit quarries (construction stone, open pit): below 50 万t/a. */
export const QUARRY_THRESHOLD = 50;
/** Remaining resources under this many years (strict) make a below-scale mine exit; at least this many allow upgrading. */
export const MIN_REMAINING_YEARS = 5;
/**
 * Stopped for at least this many days counts as "long stopped" (长期停产).
 * The plan gives no figure; a year is the usual reading in Shanxi's
 * rectification notices and a setting of the rule (option longStoppedDays).
 */
export const LONG_STOPPED_DAYS = 365;
/** Bulk density (t/m³) of construction stone, to compare a quarry given in 万m³/a. */
const STONE_DENSITY = 2.7;

export interface RectificationInput {
  mineral: Mineral;
  miningMethod: MiningMethod;
  status: MineStatus;
  /** Mining licence valid to (ISO date), null when there is none. */
  licenceValidTo: string | null;
  /** Safety production licence valid to (ISO date), null when there is none. */
  safetyPermitValidTo: string | null;
  /** Mining outside the licensed boundary: the mine's flag or an inspection record. */
  overBoundary: boolean;
  /** A banned process (淘汰落后工艺) found and not fixed. */
  bannedProcessUnfixed: boolean;
  resourcesExhausted: boolean;
  /** The day production stopped, when it has. */
  stoppedSince: string | null;
  /** The date construction was due to finish (a mine in construction). */
  constructionDue: string | null;
  productionScale: number | null;
  productionUnit: ProductionUnit;
  remainingYears: number | null;
  /** Designed capacity after the upgrade the mine proposes, in productionUnit. */
  scaleAfterUpgrade: number | null;
}

export interface RectificationReason {
  code: string;
  zh: string;
  en: string;
}

export interface RectificationResult {
  class: RectificationClass;
  /** Why: every criterion met, strongest class first; for retain, why not upgrade. */
  reasons: RectificationReason[];
  /** Inputs the rule needed and did not have (the class may change when they are known). */
  missing: string[];
}

export interface RectificationOptions {
  /** The day to judge on (ISO date). */
  asOf: string;
  longStoppedDays?: number;
}

const day = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;
const validOn = (validTo: string | null, asOf: string) => validTo !== null && day(validTo) >= day(asOf);

/** True for minerals this rule classes (every mineral but coal and coalbed methane). */
export function isNonCoal(mineral: Mineral): boolean {
  return mineral !== "coal" && mineral !== "coalbed_methane";
}

/** The minerals this rule classes, in the vocabulary's order (what a rectification or a new allocation may be for). */
export const NON_COAL_MINERALS: readonly Mineral[] = mineral.values.filter(isNonCoal);

/**
 * The production threshold that applies (万t/a) with the production in 万t/a,
 * or null when the plan sets none for this mineral and method.
 */
export function belowScaleTest(
  input: Pick<RectificationInput, "mineral" | "miningMethod" | "productionScale" | "productionUnit">,
): { threshold: number; production: number | null } | null {
  const threshold =
    BELOW_SCALE_THRESHOLDS[input.mineral] ??
    (input.mineral === "construction_stone" && input.miningMethod === "open_pit" ? QUARRY_THRESHOLD : null);
  if (threshold === null) return null;
  if (input.productionScale === null) return { threshold, production: null };
  const production =
    input.productionUnit === "万t/a" ? input.productionScale : input.productionScale * STONE_DENSITY;
  return { threshold, production };
}

/**
 * The computed rectification class of a non-coal mine with its reasons.
 * @example classifyNonCoalMine({ ...m, productionScale: 29.9, remainingYears: 4.9 }, { asOf: "2025-06-30" }).class // "guided_exit"
 */
export function classifyNonCoalMine(
  m: RectificationInput,
  options: RectificationOptions,
): RectificationResult {
  if (!isNonCoal(m.mineral)) throw new RangeError(`not a non-coal mine: ${m.mineral}`);
  if (m.status === "closed")
    return {
      class: "closed",
      reasons: [{ code: "already_closed", zh: "已关闭，不再判定", en: "closed already; not classed again" }],
      missing: [],
    };
  const asOf = options.asOf;
  const missing: string[] = [];
  const close: RectificationReason[] = [];
  const exit: RectificationReason[] = [];
  const operating = m.status === "producing" || m.status === "building";
  if (operating && !validOn(m.licenceValidTo, asOf))
    close.push({
      code: "no_mining_licence",
      zh: m.licenceValidTo ? `采矿许可证已于${m.licenceValidTo}过期仍在生产建设` : "无采矿许可证仍在生产建设",
      en: m.licenceValidTo
        ? `operating on a mining licence that expired on ${m.licenceValidTo}`
        : "operating without a mining licence",
    });
  if (m.status === "producing" && !validOn(m.safetyPermitValidTo, asOf))
    close.push({
      code: "no_safety_permit",
      zh: m.safetyPermitValidTo
        ? `安全生产许可证已于${m.safetyPermitValidTo}过期仍在生产`
        : "无安全生产许可证仍在生产",
      en: m.safetyPermitValidTo
        ? `producing on a safety licence that expired on ${m.safetyPermitValidTo}`
        : "producing without a safety licence",
    });
  if (m.overBoundary)
    close.push({ code: "over_boundary", zh: "越界开采", en: "mining outside the licensed boundary" });
  if (m.bannedProcessUnfixed)
    close.push({ code: "banned_process", zh: "淘汰落后工艺未整改", en: "a banned process not fixed" });

  if (m.resourcesExhausted && validOn(m.licenceValidTo, asOf))
    exit.push({
      code: "resources_exhausted",
      zh: "资源枯竭（证照有效）",
      en: "resources exhausted with a valid licence",
    });
  const longDays = options.longStoppedDays ?? LONG_STOPPED_DAYS;
  if (m.stoppedSince !== null) {
    const stopped = day(asOf) - day(m.stoppedSince);
    if (stopped >= longDays)
      exit.push({
        code: "long_stopped",
        zh: `自${m.stoppedSince}停产${Math.floor(stopped)}天（≥${longDays}天）`,
        en: `stopped since ${m.stoppedSince}, ${Math.floor(stopped)} days (≥ ${longDays})`,
      });
  }
  const scale = belowScaleTest(m);
  if (scale) {
    if (scale.production === null) missing.push("productionScale");
    if (m.remainingYears === null) missing.push("remainingYears");
    if (
      scale.production !== null &&
      scale.production < scale.threshold &&
      m.remainingYears !== null &&
      m.remainingYears < MIN_REMAINING_YEARS
    )
      exit.push({
        code: "below_scale_short_life",
        zh: `生产规模${scale.production}万吨/年低于${scale.threshold}万吨/年且剩余资源服务年限${m.remainingYears}年不足${MIN_REMAINING_YEARS}年`,
        en: `production ${scale.production} 万t/a below ${scale.threshold} with ${m.remainingYears} years of resources left (under ${MIN_REMAINING_YEARS})`,
      });
  }
  if (m.status === "building" && m.constructionDue !== null && day(m.constructionDue) < day(asOf))
    exit.push({
      code: "construction_overdue",
      zh: `基建逾期（应于${m.constructionDue}完成）`,
      en: `construction overdue (due ${m.constructionDue})`,
    });

  if (close.length > 0) return { class: "close_and_ban", reasons: [...close, ...exit], missing };
  if (exit.length > 0) return { class: "guided_exit", reasons: exit, missing };
  return upgradeOrRetain(m, missing);
}

function upgradeOrRetain(m: RectificationInput, missing: string[]): RectificationResult {
  if (m.scaleAfterUpgrade === null)
    return {
      class: "retain",
      reasons: [
        {
          code: "no_trigger",
          zh: "未触发关闭、退出条件，无升级方案",
          en: "no close or exit criterion met, no upgrade proposed",
        },
      ],
      missing,
    };
  const after = mineScaleClass({
    mineral: m.mineral,
    miningMethod: m.miningMethod,
    productionScale: m.scaleAfterUpgrade,
    unit: m.productionUnit,
  });
  if (m.remainingYears === null) missing.push("remainingYears");
  const mediumAfter = after === "medium" || after === "large";
  const lifeLeft = m.remainingYears !== null && m.remainingYears >= MIN_REMAINING_YEARS;
  if (mediumAfter && lifeLeft)
    return {
      class: "upgrade",
      reasons: [
        {
          code: "upgrade_medium_life",
          zh: `升级后规模${m.scaleAfterUpgrade}${m.productionUnit}达${after === "large" ? "大" : "中"}型且剩余服务年限${m.remainingYears}年≥${MIN_REMAINING_YEARS}年`,
          en: `${after} scale after upgrading (${m.scaleAfterUpgrade} ${m.productionUnit}) with ${m.remainingYears} years left (≥ ${MIN_REMAINING_YEARS})`,
        },
      ],
      missing,
    };
  return {
    class: "retain",
    reasons: [
      {
        code: mediumAfter ? "upgrade_short_life" : "upgrade_below_medium",
        zh: mediumAfter
          ? `升级方案剩余服务年限不足${MIN_REMAINING_YEARS}年`
          : `升级后规模${m.scaleAfterUpgrade}${m.productionUnit}未达中型`,
        en: mediumAfter
          ? `upgrade proposed with under ${MIN_REMAINING_YEARS} years left`
          : `below medium scale after upgrading (${m.scaleAfterUpgrade} ${m.productionUnit})`,
      },
    ],
    missing,
  };
}

/** The class in force: the planner's recorded class when there is one, else the computed one. */
export function effectiveRectificationClass<C extends string>(
  computed: C,
  recorded: C | null | undefined,
): C {
  return recorded ?? computed;
}
