import { field } from '../../../model/jsonValue';
import { changeWorkloadKind } from '../../../model/operations';
import { defineRule } from '../../rule';
import { podRunsToCompletion } from '../../support/workloads/podRunsToCompletion';
import { editObjectFix } from '../../support/fixes/fieldFixes';

/** A Pod written directly, not created by a controller. */
export const practiceBarePodRule = defineRule({
  id: 'practice/bare-pod',
  severity: 'info',
  title: 'Run pods through a controller',
  why: 'A bare Pod is not recreated when its node fails, is drained or is upgraded, and cannot be rolled out or scaled. A Deployment keeps the pods of a service running; a Job runs a task to completion and retries it.',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/#working-with-pods',
  appliesTo: 'workload',
  check(context, report) {
    if (context.workload?.kind !== 'Pod') return;
    if (field(field(context.object, 'metadata'), 'ownerReferences') !== undefined) return;
    const task = podRunsToCompletion(context);
    const target = task ? 'Job' : 'Deployment';
    report({
      path: ['kind'],
      message: task
        ? 'This Pod runs a task; as a bare Pod it is not retried if its node fails. Use a Job.'
        : 'This Pod is not managed by a controller, so nothing recreates it if its node fails. Use a Deployment.',
      fix: editObjectFix(context, [], (object) => changeWorkloadKind(object, target), `Turn the Pod into a ${target}`),
    });
  },
});
