import { TextField } from './TextField';

export interface NumberFieldProps {
  readonly label: string;
  readonly value: unknown;
  /** Writes the number, or undefined when the field was emptied (the key is removed). */
  readonly onCommit: (value: number | undefined) => void;
  /** Why a text is not acceptable (integerProblem, portNumberProblem ...). */
  readonly check: (text: string) => string | null;
  readonly hint?: string;
  /** What applies when the field is empty (the API's default). */
  readonly placeholder?: string;
  readonly labelHidden?: boolean;
  /** Shown and typed in octal (file modes such as 0644). */
  readonly octal?: boolean;
}

/** A whole-number field; it never writes text into a number field of the document. */
export function NumberField({
  label,
  value,
  onCommit,
  check,
  hint,
  placeholder,
  labelHidden,
  octal,
}: NumberFieldProps) {
  const shown =
    typeof value === 'number'
      ? octal
        ? `0${value.toString(8)}`
        : String(value)
      : value === undefined
        ? ''
        : String(value);
  return (
    <TextField
      label={label}
      value={shown}
      check={check}
      hint={hint}
      placeholder={placeholder}
      labelHidden={labelHidden}
      inputMode="numeric"
      onCommit={(text) => onCommit(text.trim() === '' ? undefined : Number.parseInt(text.trim(), octal ? 8 : 10))}
    />
  );
}
