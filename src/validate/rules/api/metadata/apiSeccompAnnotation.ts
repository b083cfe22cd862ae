import type { DataPath } from '../../../../model/dataPath';
import { field, hasKey, type JsonObject } from '../../../../model/jsonValue';
import { type RuleReport, defineRule } from '../../../rule';
import { decodedString, presentObject } from '../../../support/decoding/decodedValue';
import { podAnnotations } from '../../../support/metadata/podAnnotations';
import { describeContainer } from '../../../support/containers/podContainers';

const POD_KEY = 'seccomp.security.alpha.kubernetes.io/pod';
const CONTAINER_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';

/** ValidateSeccompProfile: the annotation values the server accepts. */
function seccompValueProblem(value: string): string | undefined {
  if (value === 'runtime/default' || value === 'docker/default' || value === 'unconfined') return undefined;
  if (!value.startsWith('localhost/'))
    return `Seccomp profile "${value}" is not valid: use runtime/default, unconfined or localhost/<relative path>.`;
  const file = value.slice('localhost/'.length);
  if (file.startsWith('/'))
    return `Seccomp profile "${value}" must name a path relative to the kubelet's seccomp directory, not an absolute one.`;
  if (file.split('/').includes('..')) return `Seccomp profile "${value}" must not contain "..".`;
  return undefined;
}

/** Which part of the seccompProfile field disagrees with the annotation value, if any. */
function mismatchOf(profile: JsonObject, annotation: string): 'type' | 'localhostProfile' | undefined {
  switch (field(profile, 'type')) {
    case 'Unconfined':
      return annotation === 'unconfined' ? undefined : 'type';
    case 'RuntimeDefault':
      return annotation === 'runtime/default' || annotation === 'docker/default' ? undefined : 'type';
    case 'Localhost':
      if (!annotation.startsWith('localhost/')) return 'type';
      return field(profile, 'localhostProfile') === annotation.slice('localhost/'.length)
        ? undefined
        : 'localhostProfile';
    default:
      return undefined;
  }
}

/**
 * The deprecated seccomp annotations (pod and per container) hold a valid
 * profile; when the seccompProfile field is also set they must agree (Forbidden at the field).
 * Without the field they get the server's "non-functional" warning.
 */
export const apiSeccompAnnotationRule = defineRule({
  id: 'api/seccomp-annotation',
  severity: 'error',
  title: 'Seccomp annotations hold a valid profile that matches the field',
  why: 'Seccomp limits the system calls a container may make. It used to be set with annotations, which Kubernetes no longer applies (since 1.27) but still checks, so an annotation that contradicts securityContext.seccompProfile is rejected.',
  docsUrl: 'https://kubernetes.io/docs/tutorials/security/seccomp/',
  appliesTo: 'workload',
  mirrors: ['core.ValidateSeccompPodAnnotations', 'core.validateSeccompAnnotationsAndFields'],
  check(context, report) {
    const pod = podAnnotations(context);
    if (!pod) return;
    const podField = presentObject(field(field(context.podSpec, 'securityContext'), 'seccompProfile'));
    if (hasKey(pod.annotations, POD_KEY)) {
      checkAnnotation(
        pod.annotations[POD_KEY],
        [...pod.path, POD_KEY],
        podField,
        [...context.podSpecPath, 'securityContext', 'seccompProfile'],
        'the pod',
        report,
      );
    }
    const containers = context.containers;
    for (const key of Object.keys(pod.annotations)) {
      if (!key.startsWith(CONTAINER_PREFIX)) continue;
      const container = containers.find((entry) => entry.name === key.slice(CONTAINER_PREFIX.length));
      const containerField = container
        ? presentObject(field(field(container.container, 'securityContext'), 'seccompProfile'))
        : undefined;
      const fieldPath = container ? [...container.path, 'securityContext', 'seccompProfile'] : [];
      const owner = container ? describeContainer(container) : undefined;
      checkAnnotation(pod.annotations[key], [...pod.path, key], containerField, fieldPath, owner, report);
    }
  },
});

function checkAnnotation(
  raw: JsonObject[string] | undefined,
  path: DataPath,
  profile: JsonObject | undefined,
  fieldPath: DataPath,
  owner: string | undefined,
  report: (finding: RuleReport) => void,
): void {
  const value = decodedString(raw);
  if (value === undefined) return;
  const problem = seccompValueProblem(value);
  if (problem) report({ path, errorType: 'Invalid', message: problem });
  if (!owner) return;
  if (!profile) {
    report({
      path,
      severity: 'warning',
      message: `Seccomp annotations have had no effect since Kubernetes 1.27: set securityContext.seccompProfile on ${owner} instead.`,
    });
    return;
  }
  const mismatch = mismatchOf(profile, value);
  if (mismatch) {
    report({
      path: [...fieldPath, mismatch],
      markerPath: path,
      errorType: 'Forbidden',
      message: `The seccomp ${mismatch === 'type' ? 'type' : 'profile'} of ${owner} disagrees with its annotation "${value}": keep only the seccompProfile field.`,
    });
  }
}
