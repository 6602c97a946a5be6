import type { Label, Vocabulary } from "../enums.ts";

/** A closed vocabulary of the public face, shaped like the data model's (see ../enums.ts). */
export function publicVocabulary<V extends string>(labels: Record<V, Label>): Vocabulary<V> {
  const values = Object.keys(labels) as V[];
  return { values, labels, has: (value: unknown): value is V => values.includes(value as V) };
}
