import type { Label } from "@lianpian/domain";
import TEXT from "./allocation-text.json" with { type: "json" };

/** Strings of the new-allocation check (allocation-text.json), zh-CN first. */
export const ALLOC_TEXT = TEXT.check;

/** The overlap kinds the API names, in both languages. */
export const OVERLAP_KIND: Record<string, Label> = TEXT.overlapKind;
