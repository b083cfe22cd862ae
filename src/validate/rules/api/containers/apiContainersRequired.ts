import { field, isJsonObject } from '../../../../model/jsonValue';
import { getAtPath } from '../../../../model/valueAtPath';
import { defineRule } from '../../../rule';
import { decodedList } from '../../../support/decoding/decodedValue';
import { markerForMissing } from '../../../support/markerForMissing';

/** A pod needs at least one (app) container. */
export const apiContainersRequiredRule = defineRule({
  id: 'api/containers-required',
  severity: 'error',
  title: 'A pod has at least one container',
  why: 'A pod exists to run containers: Kubernetes rejects a pod spec whose containers list is missing or empty (init containers alone are not enough).',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/',
  appliesTo: 'workload',
  mirrors: ['core.validateContainers'],
  check(context, report) {
    const rawSpec = getAtPath(context.object, context.podSpecPath);
    if (rawSpec !== undefined && rawSpec !== null && !isJsonObject(rawSpec)) return;
    const containers = decodedList(field(rawSpec, 'containers'));
    if (!containers || containers.length > 0) return;
    const path = [...context.podSpecPath, 'containers'];
    report({
      path,
      markerPath: markerForMissing(context.object, path),
      errorType: 'Required',
      message: 'This pod has no containers: add at least one container to spec.containers.',
    });
  },
});
