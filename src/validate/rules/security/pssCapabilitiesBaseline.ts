import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { BASELINE_ALLOWED_CAPABILITIES } from '../../support/podSecurity/baselineAllowedCapabilities';
import { BASELINE_CONSEQUENCE, baselineControl, PSS_BASELINE_DOCS_URL } from '../../support/podSecurity/pssControls';
import { describeContainer } from '../../support/containers/podContainers';
import { containerSecurityContext } from '../../support/securityContext/securityContexts';
import { stringItems } from '../../support/decoding/decodedValue';
import { removeFieldFix } from '../../support/fixes/fieldFixes';

const DANGER: Readonly<Record<string, string>> = {
  ALL: 'adds every Linux capability, which is nearly the same as running privileged',
  SYS_ADMIN:
    'SYS_ADMIN allows mounting file systems and many other root-only operations; it is the usual way out of a container',
  NET_ADMIN: 'NET_ADMIN lets the container reconfigure the network: routes, firewall rules, interfaces',
  SYS_PTRACE: 'SYS_PTRACE lets the container inspect and modify other processes',
  SYS_MODULE: "SYS_MODULE lets the container load kernel modules into the node's kernel",
  NET_RAW: 'NET_RAW allows crafting raw packets, for example to spoof traffic of other pods',
};

/** Baseline "Capabilities": capabilities.add contains only the default set. */
export const pssCapabilitiesBaselineRule = defineRule({
  id: 'pss/capabilities-baseline',
  severity: 'warning',
  title: 'Add no capabilities beyond the default set (Baseline)',
  why: `Linux capabilities are pieces of root's power; the ones outside the runtime's default set let a container escape or take over the node. ${BASELINE_CONSEQUENCE}`,
  docsUrl: PSS_BASELINE_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    for (const container of context.containers) {
      const added = stringItems(field(field(containerSecurityContext(container), 'capabilities'), 'add'));
      for (const { index, value } of added) {
        if (BASELINE_ALLOWED_CAPABILITIES.has(value)) continue;
        const plain = value.toUpperCase().replace(/^CAP_/, '');
        const detail =
          plain !== value && BASELINE_ALLOWED_CAPABILITIES.has(plain)
            ? `Pod Security compares exact names: write ${plain} instead of ${value}`
            : (DANGER[plain] ?? `${value} is not in the default set Baseline allows`);
        const path = [...container.path, 'securityContext', 'capabilities', 'add', index];
        report({
          path,
          message: `The ${describeContainer(container)} adds the capability ${value}: ${detail}.`,
          securityControl: baselineControl('Capabilities'),
          fix: removeFieldFix(context, path, `Remove ${value} from capabilities.add`, container.path),
        });
      }
    }
  },
});
