import type { Severity } from '../../store/findings';

/** How each severity is shown: an icon and words, never colour alone. */
export const SEVERITY_LABELS: Readonly<
  Record<Severity, { readonly icon: string; readonly one: string; readonly many: string }>
> = {
  error: { icon: '✖', one: 'error', many: 'errors' },
  warning: { icon: '⚠', one: 'warning', many: 'warnings' },
  info: { icon: 'ℹ', one: 'note', many: 'notes' },
};

/** "1 error", "3 warnings" */
export function countLabel(severity: Severity, count: number): string {
  const label = SEVERITY_LABELS[severity];
  return `${count} ${count === 1 ? label.one : label.many}`;
}
