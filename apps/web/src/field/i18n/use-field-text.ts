import { useI18n } from "../../i18n/i18n-context.tsx";
import { type FieldMessageKey, fieldMessages } from "./field-messages.ts";

/** The app's i18n plus the field face's own strings. */
export function useFieldText() {
  const i18n = useI18n();
  return { ...i18n, ft: (key: FieldMessageKey) => fieldMessages[key][i18n.locale] };
}
