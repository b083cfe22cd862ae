import type { ReportFinding } from '../../../rule';
import { field, type JsonObject } from '../../../../model/jsonValue';
import type { DataPath } from '../../../../model/dataPath';
import { validatedSource, type VolumeCheck } from '../volumeCheck';
import { decodedString, objectItems, presentObject } from '../../decoding/decodedValue';

function requireName(
  source: JsonObject,
  key: string,
  path: DataPath,
  what: string,
  volumeName: string,
  report: ReportFinding,
): void {
  if (decodedString(field(source, key)) !== '') return;
  report({
    path: [...path, key],
    errorType: 'Required',
    message: `The volume "${volumeName}" does not say which ${what} to use: set ${key}.`,
  });
}

/**
 * A configMap, secret or
 * persistentVolumeClaim volume must name the object it reads.
 */
export const checkVolumeObjectName: VolumeCheck = ({ volume, name, path }, report) => {
  const validated = validatedSource(volume);
  if (!validated) return;
  const sourcePath = [...path, validated.type];
  switch (validated.type) {
    case 'configMap':
      requireName(validated.source, 'name', sourcePath, 'ConfigMap', name, report);
      return;
    case 'secret':
      requireName(validated.source, 'secretName', sourcePath, 'Secret', name, report);
      return;
    case 'persistentVolumeClaim':
      requireName(validated.source, 'claimName', sourcePath, 'PersistentVolumeClaim', name, report);
      return;
    case 'projected':
      for (const { index, item } of objectItems(field(validated.source, 'sources'))) {
        const sourceItemPath = [...sourcePath, 'sources', index];
        const secret = presentObject(field(item, 'secret'));
        if (secret) requireName(secret, 'name', [...sourceItemPath, 'secret'], 'Secret', name, report);
        const configMap = presentObject(field(item, 'configMap'));
        if (configMap) requireName(configMap, 'name', [...sourceItemPath, 'configMap'], 'ConfigMap', name, report);
      }
      return;
    default:
      return;
  }
};
