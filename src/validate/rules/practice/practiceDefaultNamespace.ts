import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';

/** A workload explicitly placed in the default namespace (an omitted namespace is chosen at apply time). */
export const practiceDefaultNamespaceRule = defineRule({
  id: 'practice/default-namespace',
  severity: 'info',
  title: 'Deploy applications into their own namespace',
  why: 'The default namespace is shared by everything nobody sorted: access rules, quotas and network policies cannot be scoped to your application there. Use a namespace per application or team (or leave namespace out and choose it with kubectl -n).',
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/',
  appliesTo: 'workload',
  check(context, report) {
    if (field(field(context.object, 'metadata'), 'namespace') !== 'default') return;
    report({ path: ['metadata', 'namespace'], message: 'This workload is placed in the default namespace.' });
  },
});
