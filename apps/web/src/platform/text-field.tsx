import type { InputHTMLAttributes } from "react";

type TextFieldProps = {
  label: string;
  value: string;
  onValue(value: string): void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange">;

/** A text input inside its label, its value held by the caller; other attributes go to the input. */
export function TextField({ label, value, onValue, ...input }: TextFieldProps) {
  return (
    <label>
      {label}
      <input {...input} value={value} onChange={(e) => onValue(e.currentTarget.value)} />
    </label>
  );
}
