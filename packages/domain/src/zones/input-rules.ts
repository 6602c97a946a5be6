/**
 * The limits a planner's input must keep, as rules both sides run: the API
 * refuses with the rule's own message, the planner's form refuses the same
 * input first with the same words. One copy: the schemas carry no second
 * bound for these fields.
 */

/** A refusal names the field (a JSON pointer into the request body) and says why in both languages. */
export type InputCheck = { ok: true } | { ok: false; field: string; message_zh: string; message_en: string };

const OK: InputCheck = { ok: true };

function refuse(field: string, message_zh: string, message_en: string): InputCheck {
  return { ok: false, field, message_zh, message_en };
}

function isNumber(v: number): boolean {
  return typeof v === "number" && Number.isFinite(v);
}

/** A zone's name: 2 to 100 characters once the spaces around it are left out. */
export const ZONE_NAME_LENGTH = { min: 2, max: 100 } as const;

export function checkZoneName(name: string, field = "/name_zh"): InputCheck {
  const length = [...name.trim()].length;
  const { min, max } = ZONE_NAME_LENGTH;
  if (length < min)
    return refuse(field, `片区名称至少 ${min} 个字`, `the zone name needs at least ${min} characters`);
  if (length > max)
    return refuse(
      field,
      `片区名称不超过 ${max} 个字（现为 ${length}）`,
      `the zone name is at most ${max} characters (it has ${length})`,
    );
  return OK;
}

/** Gap closing (buffer out, union, buffer in): more than 0, at most 2 km. */
export const GAP_LIMITS_M = { max: 2_000 } as const;

export function checkGapDistance(gapM: number, field = "/gap_m"): InputCheck {
  if (!isNumber(gapM) || gapM <= 0)
    return refuse(field, "闭合间隙距离须大于 0 m", "the gap to close must be more than 0 m");
  if (gapM > GAP_LIMITS_M.max)
    return refuse(
      field,
      `闭合间隙距离不超过 ${GAP_LIMITS_M.max} m`,
      `the gap to close is at most ${GAP_LIMITS_M.max} m`,
    );
  return OK;
}

/** A buffer: at least 1 m either way, from -5 km (shrinking) to 20 km. */
export const BUFFER_LIMITS_M = { min: -5_000, max: 20_000, least: 1 } as const;

export function checkBufferDistance(distanceM: number, field = "/distance_m"): InputCheck {
  const { min, max, least } = BUFFER_LIMITS_M;
  if (!isNumber(distanceM) || Math.abs(distanceM) < least)
    return refuse(
      field,
      `缓冲距离的绝对值至少为 ${least} m`,
      `the buffer distance must be at least ${least} m either way`,
    );
  if (distanceM < min || distanceM > max)
    return refuse(
      field,
      `缓冲距离须在 ${min} m 到 ${max} m 之间`,
      `the buffer distance must be from ${min} m to ${max} m`,
    );
  return OK;
}

/** Contiguous-zone proposals cluster damage within 50 m to 5 km. */
export const PROPOSAL_DISTANCE_LIMITS_M = { min: 50, max: 5_000 } as const;

export function checkProposalDistance(distanceM: number, field = "/distance_m"): InputCheck {
  const { min, max } = PROPOSAL_DISTANCE_LIMITS_M;
  if (!isNumber(distanceM) || distanceM < min || distanceM > max)
    return refuse(
      field,
      `连片距离须在 ${min} m 到 ${max} m 之间`,
      `the clustering distance must be from ${min} m to ${max} m`,
    );
  return OK;
}
