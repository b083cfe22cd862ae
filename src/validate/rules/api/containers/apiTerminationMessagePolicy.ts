import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedString, enumValueMeant } from '../../../support/decoding/decodedValue';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

const MESSAGE_POLICIES = ['File', 'FallbackToLogsOnError'] as const;

/** TerminationMessagePolicy is File or FallbackToLogsOnError (an empty one is defaulted). */
export const apiTerminationMessagePolicyRule = defineRule({
  id: 'api/termination-message-policy',
  severity: 'error',
  title: 'terminationMessagePolicy is File or FallbackToLogsOnError',
  why: 'This policy says where Kubernetes reads the message a container leaves when it stops: from a file, or from the end of its log when the file is empty. Only these two values exist.',
  docsUrl:
    'https://kubernetes.io/docs/tasks/debug/debug-application/determine-reason-pod-failure/#customizing-the-termination-message',
  appliesTo: 'workload',
  mirrors: ['core.validateContainerCommon'],
  check(context, report) {
    for (const entry of context.containers) {
      const policy = decodedString(field(entry.container, 'terminationMessagePolicy'));
      if (policy === undefined || policy === '' || (MESSAGE_POLICIES as readonly string[]).includes(policy)) continue;
      const path = [...entry.path, 'terminationMessagePolicy'];
      const meant = enumValueMeant(policy, MESSAGE_POLICIES);
      report({
        path,
        errorType: 'NotSupported',
        message: `Termination message policy "${policy}" is not supported: use File or FallbackToLogsOnError${meant ? ` (spelled exactly "${meant}")` : ''}.`,
        ...(meant ? { fix: setFieldFix(context, path, meant, `Set terminationMessagePolicy to ${meant}`) } : {}),
      });
    }
  },
});
