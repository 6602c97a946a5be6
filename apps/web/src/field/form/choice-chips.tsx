import type { Vocabulary } from "@lianpian/domain";
import { useFieldText } from "../i18n/use-field-text.ts";

interface Props<V extends string> {
  vocabulary: Vocabulary<V>;
  /** Values to offer (default: the whole vocabulary). */
  values?: readonly V[];
  selected: readonly V[];
  multiple: boolean;
  onChange(next: V[]): void;
  name: string;
}

/** Big toggle buttons for a closed vocabulary: one choice (radio-like) or several. */
export function ChoiceChips<V extends string>({
  vocabulary,
  values,
  selected,
  multiple,
  onChange,
  name,
}: Props<V>) {
  const { label } = useFieldText();
  const toggle = (v: V) => {
    if (!multiple) onChange([v]);
    else onChange(selected.includes(v) ? selected.filter((s) => s !== v) : [...selected, v]);
  };
  return (
    <div className="lpf-chips" data-testid={`chips-${name}`}>
      {(values ?? vocabulary.values).map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={selected.includes(v)}
          className={`lpf-chip lpf-chip-${v}`}
          data-value={v}
          onClick={() => toggle(v)}
        >
          {label(vocabulary, v)}
        </button>
      ))}
    </div>
  );
}
