import { defineRule } from '../../rule';
import { describeWorkload, serviceBackends } from '../../support/services/serviceBackends';

/** One Service whose selector matches the pods of two or more workloads. */
export const practiceServiceSeveralWorkloadsRule = defineRule({
  id: 'practice/service-several-workloads',
  severity: 'warning',
  title: 'A Service selects the pods of one workload',
  why: 'A Service spreads its connections over every pod its selector matches. When the pods of two different workloads carry the labels, requests land at random on either program; add a label that only one of them has (app.kubernetes.io/name) to the selector.',
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors',
  appliesTo: 'any',
  check(context, report) {
    const backends = serviceBackends(context);
    if (!backends || backends.workloads.length < 2) return;
    report({
      path: ['spec', 'selector'],
      message: `The selector matches the pods of ${backends.workloads.map(describeWorkload).join(' and ')}.`,
    });
  },
});
