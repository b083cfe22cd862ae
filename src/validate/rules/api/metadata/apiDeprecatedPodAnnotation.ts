import { hasKey } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { podAnnotations } from '../../../support/metadata/podAnnotations';

const DEPRECATED = [
  {
    key: 'scheduler.alpha.kubernetes.io/critical-pod',
    instead: 'has had no effect since Kubernetes 1.16: use spec.priorityClassName instead',
  },
  {
    key: 'security.alpha.kubernetes.io/sysctls',
    instead: 'has had no effect since Kubernetes 1.11: use spec.securityContext.sysctls instead',
  },
  {
    key: 'security.alpha.kubernetes.io/unsafe-sysctls',
    instead: 'has had no effect since Kubernetes 1.11: use spec.securityContext.sysctls instead',
  },
] as const;

/** The API server's warnings for pod annotations that stopped working (pkg/api/pod/warnings.go). */
export const apiDeprecatedPodAnnotationRule = defineRule({
  id: 'api/deprecated-pod-annotation',
  severity: 'warning',
  title: 'No annotations that Kubernetes no longer reads',
  why: 'These annotations were replaced by real fields years ago: Kubernetes accepts them with a warning but ignores them, so the behaviour they promise does not happen.',
  docsUrl: 'https://kubernetes.io/docs/reference/labels-annotations-taints/',
  appliesTo: 'workload',
  mirrors: ['podWarnings.warningsForPodSpecAndMeta'],
  check(context, report) {
    const pod = podAnnotations(context);
    if (!pod) return;
    for (const { key, instead } of DEPRECATED) {
      if (hasKey(pod.annotations, key)) report({ path: [...pod.path, key], message: `Annotation ${key} ${instead}.` });
    }
  },
});
