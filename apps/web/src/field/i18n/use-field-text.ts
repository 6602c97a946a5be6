import { useText } from "../../platform/use-text.ts";
import { fieldMessages } from "./field-messages.ts";

/** The field face's strings through the one text hook (`t`, over the shared strings). */
export function useFieldText() {
  return useText(fieldMessages);
}
