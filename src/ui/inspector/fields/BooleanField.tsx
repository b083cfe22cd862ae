import { SelectField } from './SelectField';

const OPTIONS = [
  { value: '', label: 'Not set (default)' },
  { value: 'true', label: 'Yes (true)' },
  { value: 'false', label: 'No (false)' },
];

/**
 * A yes / no / not set choice. Kubernetes tells "false" from "not set" for many booleans
 * (allowPrivilegeEscalation, runAsNonRoot), so this is not a checkbox.
 */
export function BooleanField({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
  value: unknown;
  onChange: (value: boolean | undefined) => void;
  hint?: string;
}) {
  const current = value === true ? 'true' : value === false ? 'false' : '';
  return (
    <SelectField
      label={label}
      value={current}
      options={OPTIONS}
      hint={hint}
      onChange={(next) => onChange(next === '' ? undefined : next === 'true')}
    />
  );
}
