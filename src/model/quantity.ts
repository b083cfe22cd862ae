/**
 * Kubernetes resource quantities (`500m`, `1Gi`, `0.5`, `1e3`): parsing to a number of base
 * units so requests and limits can be compared (`1000m` equals `1`).
 */

const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const NUMBER_PART = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const EXPONENT_SUFFIX = /^[eE]([-+]?\d+)$/;

const BINARY_SUFFIXES: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const DECIMAL_SUFFIXES: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

const BINARY_POWERS: Record<string, bigint> = { Ki: 10n, Mi: 20n, Gi: 30n, Ti: 40n, Pi: 50n, Ei: 60n };
const DECIMAL_POWERS: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

/** The two parts of a quantity's text: `128Mi` → ['128', 'Mi'], or null when it is not a quantity. */
function splitQuantity(value: unknown): readonly [string, string] | null {
  if (typeof value === 'number') return Number.isFinite(value) ? splitQuantity(String(value)) : null;
  if (typeof value !== 'string') return null;
  const match = QUANTITY.exec(value.trim());
  if (!match) return null;
  const numberPart = match[1]!;
  const suffix = match[2] ?? '';
  if (!NUMBER_PART.test(numberPart)) return null;
  if (!(suffix in BINARY_SUFFIXES) && !(suffix in DECIMAL_SUFFIXES) && !EXPONENT_SUFFIX.test(suffix)) return null;
  return [numberPart, suffix];
}

/** The quantity as a number of base units (cores, bytes ...), or null when it is not a quantity. */
export function parseQuantity(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const parts = splitQuantity(value);
  if (!parts) return null;
  const [numberPart, suffix] = parts;
  const number = Number(numberPart);
  if (suffix in BINARY_SUFFIXES) return number * BINARY_SUFFIXES[suffix]!;
  if (suffix in DECIMAL_SUFFIXES) return number * DECIMAL_SUFFIXES[suffix]!;
  return number * 10 ** Number(EXPONENT_SUFFIX.exec(suffix)![1]);
}

export function isQuantity(value: unknown): boolean {
  return parseQuantity(value) !== null;
}

/**
 * The quantity exactly, in thousandths of its base unit, rounded up (away from zero) to a whole
 * thousandth the way the API server stores it (`0.0001` CPU becomes `1m`). Exact for any size,
 * so `1Gi` equals `1073741824` and `0.3` equals `300m`. Null when it is not a quantity.
 * @example parseQuantityMillis('1.5Gi') === 1610612736000n
 */
export function parseQuantityMillis(value: unknown): bigint | null {
  if (typeof value !== 'string') return computeQuantityMillis(value);
  // Manifests repeat the same few quantities ("100m", "128Mi") in every container.
  const cached = millisCache.get(value);
  if (cached !== undefined) return cached;
  const millis = computeQuantityMillis(value);
  if (millisCache.size >= MILLIS_CACHE_LIMIT) millisCache.clear();
  millisCache.set(value, millis);
  return millis;
}

const MILLIS_CACHE_LIMIT = 4096;
const millisCache = new Map<string, bigint | null>();

function computeQuantityMillis(value: unknown): bigint | null {
  const parts = splitQuantity(value);
  if (!parts) return null;
  const [numberPart, suffix] = parts;
  const negative = numberPart.startsWith('-');
  const unsigned = numberPart.replace(/^[+-]/, '');
  const dot = unsigned.indexOf('.');
  const digits = dot < 0 ? unsigned : unsigned.slice(0, dot) + unsigned.slice(dot + 1);
  const fractionDigits = dot < 0 ? 0 : unsigned.length - dot - 1;
  let mantissa = BigInt(digits === '' ? '0' : digits);
  if (suffix in BINARY_POWERS) mantissa <<= BINARY_POWERS[suffix]!;
  const decimalPower =
    suffix in DECIMAL_POWERS
      ? DECIMAL_POWERS[suffix]!
      : suffix in BINARY_POWERS
        ? 0
        : Number(EXPONENT_SUFFIX.exec(suffix)![1]);
  // Guard against absurd exponents (1e999999) that would allocate huge numbers.
  if (Math.abs(decimalPower) > 400) return null;
  const exponent = decimalPower - fractionDigits + 3;
  let millis: bigint;
  if (exponent >= 0) millis = mantissa * 10n ** BigInt(exponent);
  else {
    const divisor = 10n ** BigInt(-exponent);
    millis = mantissa / divisor + (mantissa % divisor === 0n ? 0n : 1n);
  }
  return negative ? -millis : millis;
}

/** Compares two quantities numerically (`1000m` equals `1`): negative, 0 or positive; null when either is not a quantity. */
export function compareQuantities(a: unknown, b: unknown): number | null {
  const left = parseQuantityMillis(a);
  const right = parseQuantityMillis(b);
  if (left === null || right === null) return null;
  return left === right ? 0 : left < right ? -1 : 1;
}

/** The quantity in whole base units, rounded up like the API server's `Value()`; null when it is not a quantity. */
export function quantityWholeUnits(value: unknown): bigint | null {
  const millis = parseQuantityMillis(value);
  if (millis === null) return null;
  const whole = millis / 1000n;
  return millis > 0n && millis % 1000n !== 0n ? whole + 1n : whole;
}
