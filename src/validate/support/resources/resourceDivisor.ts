/**
 * Whether a `resourceFieldRef.divisor` is one the API server accepts. It compares the divisor's
 * canonical form (Quantity.String()) with a fixed list: for cpu "1m" or "1", for memory, storage
 * and hugepages "1", "1k" … "1E", "1Ki" … "1Ei". So "1000m" is accepted (canonically "1"), but
 * "1024" (canonically "1024", not "1Ki") and "1e3" (exponent form) are not.
 */

const QUANTITY = /^([+-]?)(\d+\.?\d*|\.\d+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const DECIMAL_EXPONENTS: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_POWERS: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };

/** A quantity as an exact fraction, and the format its suffix selects. */
interface ExactQuantity {
  readonly numerator: bigint;
  readonly denominator: bigint;
  readonly format: 'decimal' | 'binary' | 'exponent';
}

function parseExact(text: string): ExactQuantity | undefined {
  const match = QUANTITY.exec(text.trim());
  if (!match) return undefined;
  const [, sign = '', number = '', suffix = ''] = match;
  const [whole = '', fraction = ''] = number.split('.');
  let numerator = BigInt(`${whole || '0'}${fraction}`) * (sign === '-' ? -1n : 1n);
  let exponent10 = -fraction.length;
  let format: ExactQuantity['format'] = 'decimal';
  if (suffix in BINARY_POWERS) {
    numerator *= 1024n ** BigInt(BINARY_POWERS[suffix]!);
    format = 'binary';
  } else if (suffix in DECIMAL_EXPONENTS) {
    exponent10 += DECIMAL_EXPONENTS[suffix]!;
  } else {
    const exponent = /^[eE]([-+]?\d+)$/.exec(suffix);
    if (!exponent) return undefined;
    exponent10 += Number(exponent[1]);
    format = 'exponent';
  }
  const denominator = exponent10 < 0 ? 10n ** BigInt(-exponent10) : 1n;
  if (exponent10 > 0) numerator *= 10n ** BigInt(exponent10);
  return { numerator, denominator, format };
}

const equals = (q: ExactQuantity, numerator: bigint, denominator = 1n) =>
  q.numerator * denominator === numerator * q.denominator;

/** The canonical spelling of a quantity when it is a power of ten or of 1024 with mantissa 1. */
function canonicalUnit(q: ExactQuantity): string | undefined {
  let format = q.format;
  if (format === 'binary' && (q.numerator < 1024n * q.denominator || q.numerator % q.denominator !== 0n))
    format = 'decimal';
  if (format === 'exponent') return equals(q, 1n) ? '1' : undefined;
  if (format === 'binary') {
    for (const [suffix, power] of Object.entries(BINARY_POWERS))
      if (equals(q, 1024n ** BigInt(power))) return `1${suffix}`;
    return undefined;
  }
  for (const [suffix, exponent] of Object.entries(DECIMAL_EXPONENTS)) {
    const matches = exponent >= 0 ? equals(q, 10n ** BigInt(exponent)) : equals(q, 1n, 10n ** BigInt(-exponent));
    if (matches) return `1${suffix}`;
  }
  return undefined;
}

const CPU_DIVISORS = new Set(['1m', '1']);
const BYTE_DIVISORS = new Set(['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei']);

export type DivisorVerdict = 'ok' | 'unparsable' | { readonly allowed: string };

const verdicts = new Map<string, DivisorVerdict>();

/** Checks `divisor` for `resource` ("limits.cpu", "requests.memory" ...); remembers recent answers. */
export function checkDivisor(resource: string, divisor: string | number): DivisorVerdict {
  const key = `${resource}\u0000${typeof divisor}\u0000${divisor}`;
  const known = verdicts.get(key);
  if (known) return known;
  const verdict = computeVerdict(resource, divisor);
  if (verdicts.size >= 512) verdicts.clear();
  verdicts.set(key, verdict);
  return verdict;
}

function computeVerdict(resource: string, divisor: string | number): DivisorVerdict {
  const quantity = parseExact(typeof divisor === 'number' ? String(divisor) : divisor);
  if (!quantity) return 'unparsable';
  if (quantity.numerator === 0n) return 'ok';
  const canonical = canonicalUnit(quantity);
  if (resource === 'limits.cpu' || resource === 'requests.cpu') {
    return canonical && CPU_DIVISORS.has(canonical) ? 'ok' : { allowed: '1m or 1' };
  }
  const isBytes =
    /^(limits|requests)\.(memory|ephemeral-storage)$/.test(resource) || /^(limits|requests)\.hugepages-/.test(resource);
  if (!isBytes) return 'ok';
  return canonical && BYTE_DIVISORS.has(canonical)
    ? 'ok'
    : { allowed: '1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi or 1Ei' };
}
