/**
 * What was probably meant by a text that is not a Kubernetes quantity.
 * @example quantityHint('512MB') === '"MB" is not a unit Kubernetes knows: write 512M (megabytes) or 512Mi (mebibytes).'
 * @example quantityHint('1 Gi') === 'remove the space: write 1Gi.'
 */
export function quantityHint(text: string): string {
  const match = /^\s*([+-]?(?:\d+\.?\d*|\.\d+))\s*([A-Za-z]+)?\s*$/.exec(text);
  if (!match) return 'write a number with an optional unit, such as 500m, 0.5, 128Mi or 1Gi.';
  const [, number, unit = ''] = match;
  const lower = unit.toLowerCase();
  if (VALID_UNITS.has(unit)) return `remove the space: write ${number}${unit}.`;
  const decimal = DECIMAL_FOR[lower];
  if (decimal) {
    return `"${unit}" is not a unit Kubernetes knows: write ${number}${decimal.decimal} (${decimal.name}) or ${number}${decimal.binary} (${decimal.binaryName}).`;
  }
  const binary = BINARY_UNITS.find(
    (candidate) => candidate.toLowerCase() === lower || `${candidate.toLowerCase()}b` === lower,
  );
  if (binary) return `units are case-sensitive: write ${number}${binary}.`;
  if (unit === 'K') return `units are case-sensitive: write ${number}k (thousands) or ${number}Ki (kibibytes).`;
  if (/^(cores?|cpus?|vcpus?)$/.test(lower))
    return `CPU is counted in cores without a unit: write ${number} (or ${Number(number) * 1000}m).`;
  return `"${unit}" is not a unit: use m (thousandths, for CPU), k, M, G, T (powers of 1000) or Ki, Mi, Gi, Ti (powers of 1024).`;
}

const BINARY_UNITS = ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const VALID_UNITS = new Set(['', 'n', 'u', 'm', 'k', 'M', 'G', 'T', 'P', 'E', ...BINARY_UNITS]);

const DECIMAL_FOR: Readonly<Record<string, { decimal: string; name: string; binary: string; binaryName: string }>> = {
  kb: { decimal: 'k', name: 'kilobytes', binary: 'Ki', binaryName: 'kibibytes' },
  mb: { decimal: 'M', name: 'megabytes', binary: 'Mi', binaryName: 'mebibytes' },
  gb: { decimal: 'G', name: 'gigabytes', binary: 'Gi', binaryName: 'gibibytes' },
  tb: { decimal: 'T', name: 'terabytes', binary: 'Ti', binaryName: 'tebibytes' },
};
