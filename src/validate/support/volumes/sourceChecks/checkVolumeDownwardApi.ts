import type { ReportFinding } from '../../../rule';
import type { DataPath } from '../../../../model/dataPath';
import { field, type JsonObject } from '../../../../model/jsonValue';
import { qualifiedNameProblems } from '../../nameFormats';
import { parseQuantityMillis } from '../../../../model/quantity';
import { CONVERTIBLE_FIELD_PATHS, isHugePagesResourceField, RESOURCE_FIELD_NAMES } from '../../downwardApiFields';
import { validatedSource, type VolumeCheck } from '../volumeCheck';
import { decodedString, isAbsent, objectItems, presentObject } from '../../decoding/decodedValue';

/** Field paths a downward API volume may project (others only work as env vars). */
const VOLUME_FIELD_PATHS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.labels',
  'metadata.annotations',
  'metadata.uid',
];

const CPU_DIVISORS = new Set([1n, 1000n]);
const BYTE_DIVISORS = new Set<bigint>([
  1000n,
  ...[3, 6, 9, 12, 15, 18].map((power) => 10n ** BigInt(power) * 1000n),
  ...[10, 20, 30, 40, 50, 60].map((power) => 2n ** BigInt(power) * 1000n),
]);

/** `metadata.labels['app']` → ['metadata.labels', 'app'] (fieldpath.SplitMaybeSubscriptedPath). */
function splitSubscript(fieldPath: string): readonly [string, string] | undefined {
  if (!fieldPath.endsWith("']")) return undefined;
  const inner = fieldPath.slice(0, -2);
  const open = inner.indexOf("['");
  if (open <= 0) return undefined;
  return [inner.slice(0, open), inner.slice(open + 2)];
}

function checkFieldRef(fieldRef: JsonObject, path: DataPath, marker: DataPath, report: ReportFinding): void {
  const apiVersion = decodedString(field(fieldRef, 'apiVersion'));
  const fieldPath = decodedString(field(fieldRef, 'fieldPath'));
  if (apiVersion === undefined || fieldPath === undefined) return;
  const fieldPathAt = { path: [...path, 'fieldPath'], markerPath: [...marker, 'fieldPath'] };
  if (fieldPath === '') {
    report({
      ...fieldPathAt,
      errorType: 'Required',
      message: 'A downward API file needs a fieldPath, like metadata.labels.',
    });
    return;
  }
  if (apiVersion !== '' && apiVersion !== 'v1') {
    report({
      ...fieldPathAt,
      errorType: 'Invalid',
      message: `fieldRef apiVersion "${apiVersion}" is not supported: the downward API reads the pod as v1.`,
    });
    return;
  }
  const subscripted = splitSubscript(fieldPath);
  if (subscripted) {
    const [base, key] = subscripted;
    if (base !== 'metadata.labels' && base !== 'metadata.annotations') {
      report({
        ...fieldPathAt,
        errorType: 'Invalid',
        message: `"${base}" cannot be read with a ['key'] subscript; only metadata.labels and metadata.annotations can.`,
      });
      return;
    }
    const problems = qualifiedNameProblems(base === 'metadata.annotations' ? key.toLowerCase() : key);
    if (problems.length > 0) {
      report({
        path,
        markerPath: [...marker, 'fieldPath'],
        errorType: 'Invalid',
        message: `"${key}" is not a valid ${base === 'metadata.labels' ? 'label' : 'annotation'} key: ${problems.join('; ')}.`,
      });
    }
    return;
  }
  if (!CONVERTIBLE_FIELD_PATHS.has(fieldPath)) {
    report({
      ...fieldPathAt,
      errorType: 'Invalid',
      message: `The downward API cannot read "${fieldPath}"; a volume can project ${VOLUME_FIELD_PATHS.join(', ')}.`,
    });
    return;
  }
  const internal = fieldPath === 'spec.host' ? 'spec.nodeName' : fieldPath;
  if (!VOLUME_FIELD_PATHS.includes(internal)) {
    report({
      ...fieldPathAt,
      errorType: 'NotSupported',
      message: `A downward API volume cannot project "${fieldPath}" (only ${VOLUME_FIELD_PATHS.join(', ')}); expose it as an environment variable instead.`,
    });
  }
}

function checkDivisor(
  resourceFieldRef: JsonObject,
  resource: string,
  path: DataPath,
  marker: DataPath,
  report: ReportFinding,
): void {
  const millis = parseQuantityMillis(field(resourceFieldRef, 'divisor'));
  if (millis === null || millis === 0n) return;
  const isCpu = resource === 'limits.cpu' || resource === 'requests.cpu';
  const isBytes = !isCpu && (RESOURCE_FIELD_NAMES.includes(resource) || isHugePagesResourceField(resource));
  if ((isCpu && !CPU_DIVISORS.has(millis)) || (isBytes && !BYTE_DIVISORS.has(millis))) {
    report({
      path: [...path, 'divisor'],
      markerPath: [...marker, 'divisor'],
      errorType: 'Invalid',
      message: isCpu
        ? `The divisor of ${resource} must be 1m or 1.`
        : `The divisor of ${resource} must be 1, 1k, 1M, 1G, 1T, 1P, 1E or 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei.`,
    });
  }
}

function checkResourceFieldRef(
  resourceFieldRef: JsonObject,
  path: DataPath,
  marker: DataPath,
  report: ReportFinding,
): void {
  const containerName = decodedString(field(resourceFieldRef, 'containerName'));
  const resource = decodedString(field(resourceFieldRef, 'resource'));
  if (containerName === undefined || resource === undefined) return;
  if (containerName === '') {
    report({
      path: [...path, 'containerName'],
      markerPath: [...marker, 'containerName'],
      errorType: 'Required',
      message: 'A downward API volume file that reads resources must name the container (containerName).',
    });
  } else if (resource === '') {
    report({
      path: [...path, 'resource'],
      markerPath: [...marker, 'resource'],
      errorType: 'Required',
      message: 'resourceFieldRef needs a resource, like limits.memory.',
    });
  } else if (!RESOURCE_FIELD_NAMES.includes(resource) && !isHugePagesResourceField(resource)) {
    report({
      path: [...path, 'resource'],
      markerPath: [...marker, 'resource'],
      errorType: 'NotSupported',
      message: `"${resource}" is not a resource the downward API can read; use one of ${RESOURCE_FIELD_NAMES.join(', ')}.`,
    });
  }
  checkDivisor(resourceFieldRef, resource, path, marker, report);
}

/** One downward API file. The server reports at `…downwardAPI.<field>`, without the item index. */
function checkDownwardApiFiles(source: JsonObject, sourcePath: DataPath, report: ReportFinding): void {
  for (const { index, item } of objectItems(field(source, 'items'))) {
    const marker = [...sourcePath, 'items', index];
    const fieldRef = presentObject(field(item, 'fieldRef'));
    const resourceFieldRef = presentObject(field(item, 'resourceFieldRef'));
    if (fieldRef) {
      checkFieldRef(fieldRef, [...sourcePath, 'fieldRef'], [...marker, 'fieldRef'], report);
      if (resourceFieldRef) {
        report({
          path: sourcePath,
          markerPath: marker,
          errorType: 'Invalid',
          message: 'A downward API file reads either a fieldRef or a resourceFieldRef, not both.',
        });
      }
    } else if (resourceFieldRef) {
      checkResourceFieldRef(
        resourceFieldRef,
        [...sourcePath, 'resourceFieldRef'],
        [...marker, 'resourceFieldRef'],
        report,
      );
    } else if (isAbsent(field(item, 'fieldRef')) && isAbsent(field(item, 'resourceFieldRef'))) {
      report({
        path: sourcePath,
        markerPath: marker,
        errorType: 'Required',
        message: 'A downward API file needs a fieldRef (pod metadata) or a resourceFieldRef (container resources).',
      });
    }
  }
}

/**
 * Each downward API file reads exactly one of fieldRef (name, namespace,
 * uid, labels, annotations) or resourceFieldRef (with its container name).
 */
export const checkVolumeDownwardApi: VolumeCheck = ({ volume, path }, report) => {
  const validated = validatedSource(volume);
  if (validated?.type === 'downwardAPI') {
    checkDownwardApiFiles(validated.source, [...path, 'downwardAPI'], report);
    return;
  }
  if (validated?.type !== 'projected') return;
  for (const { index, item } of objectItems(field(validated.source, 'sources'))) {
    const downwardApi = presentObject(field(item, 'downwardAPI'));
    if (downwardApi)
      checkDownwardApiFiles(downwardApi, [...path, 'projected', 'sources', index, 'downwardAPI'], report);
  }
};
