/**
 * Kubernetes resource quantities (`500m`, `1Gi`, `0.5`, `1e3`): parsing to a number of base
 * units so requests and limits can be compared (`1000m` equals `1`).
 */

const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

const BINARY_SUFFIXES: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL_SUFFIXES: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** The quantity as a number of base units (cores, bytes ...), or null when it is not a quantity. */
export function parseQuantity(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const match = QUANTITY.exec(text);
  if (!match) return null;
  const [, numberPart, suffix = ''] = match;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(numberPart!)) return null;
  const number = Number(numberPart);
  if (suffix in BINARY_SUFFIXES) return number * BINARY_SUFFIXES[suffix]!;
  if (suffix in DECIMAL_SUFFIXES) return number * DECIMAL_SUFFIXES[suffix]!;
  const exponent = /^[eE]([-+]?\d+)$/.exec(suffix);
  if (exponent) return number * 10 ** Number(exponent[1]);
  return null;
}

export function isQuantity(value: unknown): boolean {
  return parseQuantity(value) !== null;
}
