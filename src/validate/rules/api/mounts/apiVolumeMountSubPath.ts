import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { descendingPathProblems } from '../../../support/volumes/localPath';
import { containerMounts } from '../../../support/containers/containerMounts';
import { decodedString } from '../../../support/decoding/decodedValue';

/**
 * SubPath and subPathExpr are relative paths without "..", and are mutually
 * exclusive. Path errors are printed without the mount index (`spec.containers[0].volumeMounts.subPath`).
 * (The old ban on subPath for image volumes was lifted in Kubernetes 1.33.)
 */
export const apiVolumeMountSubPathRule = defineRule({
  id: 'api/volume-mount-sub-path',
  severity: 'error',
  title: 'subPath is a relative path inside the volume',
  why: 'subPath mounts one file or directory of the volume instead of all of it; it must stay inside the volume (relative, no ".."), and subPath and subPathExpr cannot both be set.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/#using-subpath',
  appliesTo: 'workload',
  mirrors: ['core.ValidateVolumeMounts', 'core.validateLocalDescendingPath'],
  check(context, report) {
    for (const { mount, path, listPath } of containerMounts(context)) {
      const subPath = decodedString(field(mount, 'subPath'));
      const subPathExpr = decodedString(field(mount, 'subPathExpr'));
      if (subPath) {
        const problems = descendingPathProblems(subPath);
        if (problems.length > 0) {
          report({
            path: [...listPath, 'subPath'],
            markerPath: [...path, 'subPath'],
            errorType: 'Invalid',
            message: `subPath "${subPath}" ${problems.join(' and ')}.`,
          });
        }
      }
      if (subPathExpr) {
        if (subPath) {
          report({
            path: [...path, 'subPathExpr'],
            errorType: 'Invalid',
            message: 'subPath and subPathExpr are mutually exclusive: keep one.',
          });
        }
        const problems = descendingPathProblems(subPathExpr);
        if (problems.length > 0) {
          report({
            path: [...listPath, 'subPathExpr'],
            markerPath: [...path, 'subPathExpr'],
            errorType: 'Invalid',
            message: `subPathExpr "${subPathExpr}" ${problems.join(' and ')}.`,
          });
        }
      }
    }
  },
});
