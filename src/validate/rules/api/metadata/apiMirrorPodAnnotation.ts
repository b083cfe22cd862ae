import { field, hasKey } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedString } from '../../../support/decoding/decodedValue';
import { podAnnotations } from '../../../support/metadata/podAnnotations';

const KEY = 'kubernetes.io/config.mirror';

/** The mirror-pod annotation requires spec.nodeName. */
export const apiMirrorPodAnnotationRule = defineRule({
  id: 'api/mirror-pod-annotation',
  severity: 'error',
  title: 'The mirror-pod annotation needs spec.nodeName',
  why: 'kubernetes.io/config.mirror marks the API copy of a static Pod that a kubelet runs from its own files; such a Pod always belongs to one node, so Kubernetes requires spec.nodeName with it. You normally never write this annotation yourself.',
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/static-pod/',
  appliesTo: 'workload',
  mirrors: ['core.ValidatePodSpecificAnnotations'],
  check(context, report) {
    const pod = podAnnotations(context);
    if (!pod || !hasKey(pod.annotations, KEY)) return;
    const nodeName = decodedString(field(context.podSpec, 'nodeName'));
    if (nodeName !== '') return;
    report({
      path: [...pod.path, KEY],
      errorType: 'Invalid',
      message: `The ${KEY} annotation is only for static Pods and requires spec.nodeName: remove the annotation (or set the node).`,
    });
  },
});
