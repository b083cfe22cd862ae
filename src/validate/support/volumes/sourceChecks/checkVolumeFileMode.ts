import type { ReportFinding } from '../../../rule';
import { field, type JsonObject } from '../../../../model/jsonValue';
import type { DataPath } from '../../../../model/dataPath';
import { validatedSource, type VolumeCheck } from '../volumeCheck';
import { decodedOptionalInteger, objectItems, presentObject } from '../../decoding/decodedValue';

const MAX_MODE = 0o777;

function checkMode(owner: JsonObject, key: string, path: DataPath, report: ReportFinding, markerPath?: DataPath): void {
  const mode = decodedOptionalInteger(field(owner, key));
  if (mode === null || mode === undefined || (mode >= 0 && mode <= MAX_MODE)) return;
  const hint =
    mode >= 0 && /^[0-7]+$/.test(String(mode)) && parseInt(String(mode), 8) <= MAX_MODE
      ? ` It looks like octal written without the leading 0: write 0${mode} (YAML reads a leading 0 as octal) or the decimal ${parseInt(String(mode), 8)}.`
      : '';
  report({
    path: [...path, key],
    ...(markerPath ? { markerPath: [...markerPath, key] } : {}),
    errorType: 'Invalid',
    message: `${key} ${mode} is not a file mode between 0 and 0777 (octal).${hint}`,
  });
}

function checkKeyToPathModes(source: JsonObject, sourcePath: DataPath, report: ReportFinding): void {
  for (const { index, item } of objectItems(field(source, 'items')))
    checkMode(item, 'mode', [...sourcePath, 'items', index], report);
}

/** Downward API files: the server drops the item index from the path (`downwardAPI.mode`). */
function checkDownwardApiModes(source: JsonObject, sourcePath: DataPath, report: ReportFinding): void {
  for (const { index, item } of objectItems(field(source, 'items')))
    checkMode(item, 'mode', sourcePath, report, [...sourcePath, 'items', index]);
}

/**
 * `defaultMode` of secret, configMap, downwardAPI and projected
 * volumes, and `mode` of their items, are file modes from 0 to 0777.
 */
export const checkVolumeFileMode: VolumeCheck = ({ volume, path }, report) => {
  const validated = validatedSource(volume);
  if (!validated) return;
  const sourcePath = [...path, validated.type];
  const source = validated.source;
  switch (validated.type) {
    case 'secret':
    case 'configMap':
      checkMode(source, 'defaultMode', sourcePath, report);
      checkKeyToPathModes(source, sourcePath, report);
      return;
    case 'downwardAPI':
      checkMode(source, 'defaultMode', sourcePath, report);
      checkDownwardApiModes(source, sourcePath, report);
      return;
    case 'projected':
      checkMode(source, 'defaultMode', sourcePath, report);
      for (const { index, item } of objectItems(field(source, 'sources'))) {
        const itemPath = [...sourcePath, 'sources', index];
        for (const key of ['secret', 'configMap'] as const) {
          const projection = presentObject(field(item, key));
          if (projection) checkKeyToPathModes(projection, [...itemPath, key], report);
        }
        const downwardApi = presentObject(field(item, 'downwardAPI'));
        if (downwardApi) checkDownwardApiModes(downwardApi, [...itemPath, 'downwardAPI'], report);
      }
      return;
    default:
      return;
  }
};
