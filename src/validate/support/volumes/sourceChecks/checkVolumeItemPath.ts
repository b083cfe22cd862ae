import type { ReportFinding } from '../../../rule';
import { field, type JsonObject } from '../../../../model/jsonValue';
import type { DataPath } from '../../../../model/dataPath';
import { nonReservedPathProblems } from '../localPath';
import { validatedSource, type VolumeCheck } from '../volumeCheck';
import { decodedString, objectItems, presentObject } from '../../decoding/decodedValue';

function checkFilePath(
  item: JsonObject,
  path: DataPath,
  markerPath: DataPath | undefined,
  volumeName: string,
  report: ReportFinding,
): void {
  const filePath = decodedString(field(item, 'path'));
  if (filePath === undefined) return;
  const marker = markerPath ? { markerPath: [...markerPath, 'path'] } : {};
  if (filePath === '') {
    report({
      path: [...path, 'path'],
      ...marker,
      errorType: 'Required',
      message: `An item of volume "${volumeName}" needs a path: the file name to create in the volume.`,
    });
    return;
  }
  const problems = nonReservedPathProblems(filePath);
  if (problems.length === 0) return;
  report({
    path: [...path, 'path'],
    ...marker,
    errorType: 'Invalid',
    message: `The item path "${filePath}" of volume "${volumeName}" ${problems.join(' and ')}: it names a file inside the volume, like "config/app.yaml".`,
  });
}

/** Items that pick ConfigMap or Secret keys: each needs a key and a relative path. */
function checkKeyToPathItems(
  source: JsonObject,
  sourcePath: DataPath,
  volumeName: string,
  report: ReportFinding,
): void {
  for (const { index, item } of objectItems(field(source, 'items'))) {
    const itemPath = [...sourcePath, 'items', index];
    if (decodedString(field(item, 'key')) === '') {
      report({
        path: [...itemPath, 'key'],
        errorType: 'Required',
        message: `An item of volume "${volumeName}" needs the key to project.`,
      });
    }
    checkFilePath(item, itemPath, undefined, volumeName, report);
  }
}

/** Downward API files: the server drops the item index from the path (`downwardAPI.path`). */
function checkDownwardApiItems(
  source: JsonObject,
  sourcePath: DataPath,
  volumeName: string,
  report: ReportFinding,
): void {
  for (const { index, item } of objectItems(field(source, 'items'))) {
    checkFilePath(item, sourcePath, [...sourcePath, 'items', index], volumeName, report);
  }
}

/**
 * The items of configMap, secret, downwardAPI
 * and projected volumes need a key (where they pick one) and a relative path inside the volume.
 */
export const checkVolumeItemPath: VolumeCheck = ({ volume, name, path }, report) => {
  const validated = validatedSource(volume);
  if (!validated) return;
  const sourcePath = [...path, validated.type];
  switch (validated.type) {
    case 'secret':
    case 'configMap':
      checkKeyToPathItems(validated.source, sourcePath, name, report);
      return;
    case 'downwardAPI':
      checkDownwardApiItems(validated.source, sourcePath, name, report);
      return;
    case 'projected':
      for (const { index, item } of objectItems(field(validated.source, 'sources'))) {
        const itemPath = [...sourcePath, 'sources', index];
        for (const key of ['secret', 'configMap'] as const) {
          const projection = presentObject(field(item, key));
          if (projection) checkKeyToPathItems(projection, [...itemPath, key], name, report);
        }
        const downwardApi = presentObject(field(item, 'downwardAPI'));
        if (downwardApi) checkDownwardApiItems(downwardApi, [...itemPath, 'downwardAPI'], name, report);
      }
      return;
    default:
      return;
  }
};
