const BINARY_UNITS: readonly (readonly [string, bigint])[] = [
  ['Ti', 2n ** 40n],
  ['Gi', 2n ** 30n],
  ['Mi', 2n ** 20n],
  ['Ki', 2n ** 10n],
];

/**
 * A quantity held in thousandths of its unit, written the way people write it: CPU in cores or
 * millicores (`1.5` → `1500m`, `2000m` → `2`), bytes with the largest binary suffix that fits
 * exactly (`1536Mi`, `1Gi`).
 * @example formatResourceQuantity('memory', 268435456000n) === '256Mi'
 */
export function formatResourceQuantity(resource: string, millis: bigint): string {
  if (resource === 'cpu') return millis % 1000n === 0n ? String(millis / 1000n) : `${millis}m`;
  if (millis % 1000n !== 0n) return `${millis}m`;
  const units = millis / 1000n;
  for (const [suffix, size] of BINARY_UNITS) if (units !== 0n && units % size === 0n) return `${units / size}${suffix}`;
  return String(units);
}
