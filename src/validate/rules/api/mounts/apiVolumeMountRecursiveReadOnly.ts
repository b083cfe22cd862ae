import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { setFieldFix } from '../../../support/fixes/fieldFixes';
import { containerMounts } from '../../../support/containers/containerMounts';

const RECURSIVE_READ_ONLY = ['Disabled', 'IfPossible', 'Enabled'];

/**
 * RecursiveReadOnly is Disabled, IfPossible or Enabled, and the last two need
 * `readOnly: true` and no mount propagation. Printed without the mount index.
 */
export const apiVolumeMountRecursiveReadOnlyRule = defineRule({
  id: 'api/volume-mount-recursive-read-only',
  severity: 'error',
  title: 'Recursive read-only mounts are read-only',
  why: 'recursiveReadOnly makes every mount below the mount point read-only too; it only makes sense on a mount that is itself readOnly, and it cannot be combined with mount propagation.',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/#read-only-mounts',
  appliesTo: 'workload',
  mirrors: ['core.validateMountRecursiveReadOnly'],
  check(context, report) {
    for (const { mount, path, listPath } of containerMounts(context)) {
      const mode = field(mount, 'recursiveReadOnly');
      if (typeof mode !== 'string' || mode === 'Disabled') continue;
      const at = { path: [...listPath, 'recursiveReadOnly'], markerPath: [...path, 'recursiveReadOnly'] };
      if (!RECURSIVE_READ_ONLY.includes(mode)) {
        report({
          ...at,
          errorType: 'NotSupported',
          message: `"${mode}" is not a recursiveReadOnly mode; use Disabled, IfPossible or Enabled.`,
        });
        continue;
      }
      if (field(mount, 'readOnly') !== true) {
        report({
          ...at,
          errorType: 'Forbidden',
          message: `recursiveReadOnly: ${mode} needs readOnly: true on the same mount.`,
          fix: setFieldFix(context, [...path, 'readOnly'], true, 'Set readOnly to true'),
        });
      }
      const propagation = field(mount, 'mountPropagation');
      if (typeof propagation === 'string' && propagation !== 'None') {
        report({
          ...at,
          errorType: 'Forbidden',
          message: `recursiveReadOnly: ${mode} cannot be combined with mountPropagation: ${propagation}.`,
        });
      }
    }
  },
});
