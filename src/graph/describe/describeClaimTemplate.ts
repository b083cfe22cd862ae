import { field, isJsonArray, type JsonObject } from '../../model/jsonValue';

const ACCESS_MODES: Readonly<Record<string, string>> = {
  ReadWriteOnce: 'RWO',
  ReadOnlyMany: 'ROX',
  ReadWriteMany: 'RWX',
  ReadWriteOncePod: 'RWOP',
};

/**
 * What a StatefulSet's claim template asks for, in short: size, access modes and storage class.
 * @example describeClaimTemplate({ spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }) // "1Gi · RWO"
 */
export function describeClaimTemplate(template: JsonObject): string | null {
  const spec = field(template, 'spec');
  const storage = field(field(field(spec, 'resources'), 'requests'), 'storage');
  const modes = field(spec, 'accessModes');
  const storageClass = field(spec, 'storageClassName');
  const parts = [
    storage !== undefined && storage !== null ? String(storage) : null,
    isJsonArray(modes) ? modes.map((mode) => ACCESS_MODES[String(mode)] ?? String(mode)).join(', ') : null,
    typeof storageClass === 'string' && storageClass !== '' ? storageClass : null,
  ].filter((part): part is string => part !== null && part !== '');
  return parts.length ? parts.join(' · ') : null;
}
