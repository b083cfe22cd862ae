import { field } from '../../../../model/jsonValue';
import type { DataPath } from '../../../../model/dataPath';
import { nonReservedPathProblems } from '../localPath';
import { validatedSource, type VolumeCheck } from '../volumeCheck';
import {
  decodedOptionalInteger,
  decodedString,
  isAbsent,
  objectItems,
  presentObject,
} from '../../decoding/decodedValue';

const PROJECTIONS = [
  'secret',
  'configMap',
  'downwardAPI',
  'serviceAccountToken',
  'clusterTrustBundle',
  'podCertificate',
] as const;
const MIN_TOKEN_SECONDS = 600;
const MAX_TOKEN_SECONDS = 2 ** 32;
const DEFAULT_TOKEN_SECONDS = 3600;

/**
 * Each projected source entry projects one thing; no two entries write
 * the same file; a service account token lives 10 minutes to 2^32 seconds and needs a relative
 * path; a cluster trust bundle names exactly one of name / signerName and a path.
 */
export const checkVolumeProjected: VolumeCheck = ({ volume, name, path }, report) => {
  const validated = validatedSource(volume);
  if (validated?.type !== 'projected') return;
  const projectedPath = [...path, 'projected'];
  const seenPaths = new Set<string>();
  const claimPath = (filePath: string, marker: DataPath) => {
    if (!seenPaths.has(filePath)) {
      seenPaths.add(filePath);
      return;
    }
    report({
      path: projectedPath,
      markerPath: marker,
      errorType: 'Invalid',
      message: `Two sources of the projected volume "${name}" write the same file "${filePath}".`,
    });
  };
  for (const { index, item } of objectItems(field(validated.source, 'sources'))) {
    const sourcePath = [...projectedPath, 'sources', index];
    const projections = PROJECTIONS.filter((key) => !isAbsent(field(item, key)));
    if (projections.length > 1) {
      report({
        path: sourcePath,
        errorType: 'Forbidden',
        message: `One entry of sources sets ${projections.join(' and ')}; give each projection its own entry in the list.`,
      });
    }
    for (const key of ['secret', 'configMap'] as const) {
      for (const file of objectItems(field(field(item, key), 'items'))) {
        const filePath = decodedString(field(file.item, 'path'));
        if (filePath) claimPath(filePath, [...sourcePath, key, 'items', file.index, 'path']);
      }
    }
    for (const file of objectItems(field(field(item, 'downwardAPI'), 'items'))) {
      const filePath = decodedString(field(file.item, 'path'));
      if (filePath) claimPath(filePath, [...sourcePath, 'downwardAPI', 'items', file.index, 'path']);
    }
    const token = presentObject(field(item, 'serviceAccountToken'));
    if (token) {
      const tokenPath = [...sourcePath, 'serviceAccountToken'];
      const seconds = decodedOptionalInteger(field(token, 'expirationSeconds'));
      const effective = seconds === null ? DEFAULT_TOKEN_SECONDS : seconds;
      if (effective !== undefined && (effective < MIN_TOKEN_SECONDS || effective > MAX_TOKEN_SECONDS)) {
        report({
          path: [...tokenPath, 'expirationSeconds'],
          errorType: 'Invalid',
          message:
            effective < MIN_TOKEN_SECONDS
              ? `A service account token must live at least 10 minutes (600 seconds), not ${effective}.`
              : `A service account token may live at most 2^32 seconds, not ${effective}.`,
        });
      }
      const filePath = decodedString(field(token, 'path'));
      if (filePath === '') {
        report({
          path: [...projectedPath, 'path'],
          markerPath: tokenPath,
          errorType: 'Required',
          message: 'A serviceAccountToken projection needs a path: the file name of the token.',
        });
      } else if (filePath !== undefined) {
        const problems = nonReservedPathProblems(filePath);
        if (problems.length > 0) {
          report({
            path: [...projectedPath, 'path'],
            markerPath: [...tokenPath, 'path'],
            errorType: 'Invalid',
            message: `The token path "${filePath}" ${problems.join(' and ')}.`,
          });
        }
      }
    }
    const bundle = presentObject(field(item, 'clusterTrustBundle'));
    if (bundle) {
      const bundlePath = [...sourcePath, 'clusterTrustBundle'];
      const usesName = !isAbsent(field(bundle, 'name'));
      const usesSigner = !isAbsent(field(bundle, 'signerName'));
      if (usesName && usesSigner) {
        report({
          path: bundlePath,
          errorType: 'Invalid',
          message: 'A clusterTrustBundle projection uses either name or signerName, not both.',
        });
      } else if (!usesName && !usesSigner) {
        report({
          path: bundlePath,
          errorType: 'Required',
          message: 'A clusterTrustBundle projection needs a name or a signerName.',
        });
      } else if (usesName && decodedString(field(bundle, 'name')) === '') {
        report({
          path: [...bundlePath, 'name'],
          errorType: 'Required',
          message: 'The clusterTrustBundle name must not be empty.',
        });
      } else if (usesSigner && decodedString(field(bundle, 'signerName')) === '') {
        report({
          path: [...bundlePath, 'signerName'],
          errorType: 'Required',
          message: 'The clusterTrustBundle signerName must not be empty.',
        });
      }
      const filePath = decodedString(field(bundle, 'path'));
      if (filePath === '') {
        report({
          path: [...bundlePath, 'path'],
          errorType: 'Required',
          message: 'A clusterTrustBundle projection needs a path: the file name of the bundle.',
        });
      } else if (filePath !== undefined) {
        const problems = nonReservedPathProblems(filePath);
        if (problems.length > 0) {
          report({
            path: [...bundlePath, 'path'],
            errorType: 'Invalid',
            message: `The bundle path "${filePath}" ${problems.join(' and ')}.`,
          });
        }
      }
      if (filePath !== undefined) claimPath(filePath, [...bundlePath, 'path']);
    }
  }
};
