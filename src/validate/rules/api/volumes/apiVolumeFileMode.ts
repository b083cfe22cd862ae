import { defineRule } from '../../../rule';
import { checkEveryVolume } from '../../../support/volumes/volumeCheck';
import { checkVolumeFileMode } from '../../../support/volumes/sourceChecks/checkVolumeFileMode';

export const apiVolumeFileModeRule = defineRule({
  id: 'api/volume-file-mode',
  severity: 'error',
  title: 'Volume file modes are between 0 and 0777',
  why: 'defaultMode and mode are Unix permission bits for the projected files; they are usually written in octal with a leading 0 (0644, 0400), and 644 written without the 0 is the decimal number 644, which is too large.',
  docsUrl: 'https://kubernetes.io/docs/concepts/configuration/secret/',
  appliesTo: 'workload',
  mirrors: [
    'core.validateSecretVolumeSource',
    'core.validateConfigMapVolumeSource',
    'core.validateDownwardAPIVolumeSource',
    'core.validateProjectedVolumeSource',
    'core.validateKeyToPath',
  ],
  check(context, report) {
    checkEveryVolume(context, checkVolumeFileMode, report);
  },
});
