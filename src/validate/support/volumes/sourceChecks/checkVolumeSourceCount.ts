import { presentSourceTypes, type VolumeCheck } from '../volumeCheck';

/** The field name the API server prints for a source in this error (two are spelled oddly in its code). */
const PRINTED_SOURCE_NAME: Readonly<Record<string, string>> = { downwardAPI: 'downwarAPI', cephfs: 'cephFS' };

/** A volume has exactly one source; every source after the first is Forbidden. */
export const checkVolumeSourceCount: VolumeCheck = ({ volume, name, path }, report) => {
  const types = presentSourceTypes(volume);
  for (const type of types.slice(1)) {
    report({
      path: [...path, PRINTED_SOURCE_NAME[type] ?? type],
      markerPath: [...path, type],
      errorType: 'Forbidden',
      message: `The volume "${name}" sets both ${types[0]} and ${type}; a volume has exactly one source.`,
    });
  }
};
