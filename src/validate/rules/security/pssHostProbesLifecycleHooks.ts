import { PROBE_KINDS } from '../../../model/containers';
import type { DataPath } from '../../../model/dataPath';
import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { BASELINE_CONSEQUENCE, baselineControl, PSS_BASELINE_DOCS_URL } from '../../support/podSecurity/pssControls';
import { describeContainer } from '../../support/containers/podContainers';
import { removeFieldFix } from '../../support/fixes/fieldFixes';

const HOOKS = ['postStart', 'preStop'] as const;
const HANDLERS = ['httpGet', 'tcpSocket'] as const;

/** Baseline "Host Probes / Lifecycle Hooks" (v1.34+): probes and hooks do not set `host`. */
export const pssHostProbesLifecycleHooksRule = defineRule({
  id: 'pss/host-probes-lifecycle-hooks',
  severity: 'warning',
  title: 'Probes and lifecycle hooks target the pod itself (Baseline)',
  why: `The kubelet runs probes and hooks from the node; with a host field it connects to any address you name, which lets a pod make the node reach services it should not. ${BASELINE_CONSEQUENCE}`,
  docsUrl: PSS_BASELINE_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    for (const container of context.containers) {
      if (container.listKey === 'ephemeralContainers') continue;
      const targets: { readonly label: string; readonly path: DataPath }[] = [
        ...PROBE_KINDS.map((kind) => ({ label: kind, path: [kind] })),
        ...HOOKS.map((hook) => ({ label: `${hook} hook`, path: ['lifecycle', hook] })),
      ];
      for (const target of targets) {
        let handlerOwner: unknown = container.container;
        for (const segment of target.path) handlerOwner = field(handlerOwner, segment as string);
        for (const handler of HANDLERS) {
          const host = field(field(handlerOwner, handler), 'host');
          if (typeof host !== 'string' || host === '') continue;
          const handlerPath = [...container.path, ...target.path, handler];
          report({
            path: [...handlerPath, 'host'],
            message: `The ${target.label} of the ${describeContainer(container)} connects to host "${host}"; leave host out so it checks the pod's own IP.`,
            securityControl: baselineControl('Host Probes / Lifecycle Hooks'),
            fix: removeFieldFix(context, [...handlerPath, 'host'], 'Remove host', handlerPath),
          });
        }
      }
    }
  },
});
