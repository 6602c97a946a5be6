import { useText } from "../platform/use-text.ts";
import adminText from "./admin-text.json" with { type: "json" };

/** The admin face's words (admin-text.json), zh-CN first with English. */
export type AdminTextKey = keyof typeof adminText;

/** The admin face's strings through the one text hook (`t`). */
export function useAdminText() {
  return useText(adminText);
}
