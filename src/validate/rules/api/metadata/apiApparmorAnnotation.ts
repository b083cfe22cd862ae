import { field, type JsonObject } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedString, presentObject } from '../../../support/decoding/decodedValue';
import { podAnnotations } from '../../../support/metadata/podAnnotations';

const PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const ANNOTATION_FOR_TYPE: Record<string, string> = { Unconfined: 'unconfined', RuntimeDefault: 'runtime/default' };

const isProfileName = (value: string) =>
  value === '' || value === 'runtime/default' || value === 'unconfined' || value.startsWith('localhost/');

/**
 * The deprecated per-container AppArmor annotation names a container of the
 * pod and a profile (runtime/default, unconfined, localhost/<name>); when the appArmorProfile field
 * is also set they must agree (Forbidden at the field). Without the field it gets the server's
 * deprecation warning.
 */
export const apiApparmorAnnotationRule = defineRule({
  id: 'api/apparmor-annotation',
  severity: 'error',
  title: 'AppArmor annotations name a container and a profile',
  why: 'Before Kubernetes 1.30 AppArmor was set per container with an annotation; Kubernetes still checks it names a real container and profile, and that it does not contradict the securityContext.appArmorProfile field that replaced it.',
  docsUrl: 'https://kubernetes.io/docs/tutorials/security/apparmor/',
  appliesTo: 'workload',
  mirrors: ['core.ValidateAppArmorPodAnnotations'],
  check(context, report) {
    const pod = podAnnotations(context);
    if (!pod) return;
    const podProfile = presentObject(field(field(context.podSpec, 'securityContext'), 'appArmorProfile'));
    const isWindows = field(field(context.podSpec, 'os'), 'name') === 'windows';
    const containers = context.containers;
    for (const key of Object.keys(pod.annotations)) {
      if (!key.startsWith(PREFIX)) continue;
      const path = [...pod.path, key];
      const value = decodedString(pod.annotations[key]);
      const containerName = key.slice(PREFIX.length);
      const container = containers.find((entry) => entry.name === containerName);
      if (!container) {
        report({
          path,
          errorType: 'Invalid',
          message: `This AppArmor annotation is for container "${containerName}", but the pod has no container of that name.`,
        });
      }
      if (value !== undefined && !isProfileName(value)) {
        report({
          path,
          errorType: 'Invalid',
          message: `AppArmor profile "${value}" is not valid: use runtime/default, unconfined or localhost/<profile>.`,
        });
      }
      if (!container || value === undefined) continue;
      const ownProfile = presentObject(field(field(container.container, 'securityContext'), 'appArmorProfile'));
      const profile = ownProfile ?? podProfile;
      if (!profile) {
        report({
          path,
          severity: 'warning',
          message: `The AppArmor annotation is deprecated since Kubernetes 1.30: use securityContext.appArmorProfile on the container or pod instead.`,
        });
        continue;
      }
      if (isWindows) continue;
      const mismatch = mismatchOf(profile, value);
      if (!mismatch) continue;
      const fieldPath = [...container.path, 'securityContext', 'appArmorProfile', mismatch];
      report({
        path: fieldPath,
        markerPath: path,
        errorType: 'Forbidden',
        message: `The AppArmor ${mismatch === 'type' ? 'type' : 'profile'} of container "${containerName}" disagrees with its annotation "${value}": keep only the appArmorProfile field.`,
      });
    }
  },
});

/** Which part of the field disagrees with the annotation value, if any. */
function mismatchOf(profile: JsonObject, annotation: string): 'type' | 'localhostProfile' | undefined {
  const type = field(profile, 'type');
  if (typeof type !== 'string') return undefined;
  if (type in ANNOTATION_FOR_TYPE) return annotation === ANNOTATION_FOR_TYPE[type] ? undefined : 'type';
  if (type !== 'Localhost') return undefined;
  if (!annotation.startsWith('localhost/')) return 'type';
  return field(profile, 'localhostProfile') === annotation.slice('localhost/'.length) ? undefined : 'localhostProfile';
}
