import type { Label } from "@lianpian/domain";
import { useText } from "../platform/use-text.ts";
import PUBLIC_MESSAGES from "./public-messages.json" with { type: "json" };

/** Strings of the public face, both languages side by side (public-messages.json). */
export const publicMessages = PUBLIC_MESSAGES satisfies Record<string, Label>;

export type PublicMessageKey = keyof typeof publicMessages;

/** The public face's strings through the one text hook (`t`, `pick`). */
export function usePublicText() {
  return useText(publicMessages);
}
