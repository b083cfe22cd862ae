import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { BASELINE_ALLOWED_CAPABILITIES } from '../../support/podSecurity/baselineAllowedCapabilities';
import {
  RESTRICTED_CONSEQUENCE,
  restrictedControl,
  PSS_RESTRICTED_DOCS_URL,
} from '../../support/podSecurity/pssControls';
import { describeContainer } from '../../support/containers/podContainers';
import { containerSecurityContext, isWindowsPod } from '../../support/securityContext/securityContexts';
import { stringItems } from '../../support/decoding/decodedValue';
import { removeFieldFix, updateFieldFix } from '../../support/fixes/fieldFixes';

/**
 * Restricted "Capabilities": every container drops ALL and adds back at most NET_BIND_SERVICE
 * (Linux pods). Added capabilities outside the Baseline set are left to the Baseline rule.
 */
export const pssCapabilitiesRestrictedRule = defineRule({
  id: 'pss/capabilities-restricted',
  severity: 'info',
  title: 'Drop ALL capabilities, add back only NET_BIND_SERVICE (Restricted)',
  why: `Even the runtime's default capabilities give a container root powers it rarely needs, such as NET_RAW (raw packets, spoofing) or CHOWN; dropping ALL removes them. ${RESTRICTED_CONSEQUENCE}`,
  docsUrl: PSS_RESTRICTED_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    if (isWindowsPod(context)) return;
    const securityControl = restrictedControl('Capabilities');
    for (const container of context.containers) {
      const capabilities = field(containerSecurityContext(container), 'capabilities');
      const capabilitiesPath = [...container.path, 'securityContext', 'capabilities'];
      const dropped = stringItems(field(capabilities, 'drop'));
      if (!dropped.some((item) => item.value === 'ALL')) {
        const lowercase = dropped.some((item) => item.value.toUpperCase() === 'ALL');
        report({
          path: [...capabilitiesPath, 'drop'],
          message: lowercase
            ? `The ${describeContainer(container)} drops "all"; Pod Security only accepts the exact name ALL.`
            : `The ${describeContainer(container)} keeps the default capabilities (NET_RAW, CHOWN, SETUID ...); drop ALL.`,
          securityControl,
          fix: updateFieldFix(
            context,
            [...capabilitiesPath, 'drop'],
            (drop) => {
              const kept = stringItems(drop ?? undefined)
                .map((item) => item.value)
                .filter((value) => value.toUpperCase() !== 'ALL');
              return ['ALL', ...kept];
            },
            'Drop ALL capabilities',
          ),
        });
      }
      for (const { index, value } of stringItems(field(capabilities, 'add'))) {
        if (value === 'NET_BIND_SERVICE' || !BASELINE_ALLOWED_CAPABILITIES.has(value)) continue;
        const path = [...capabilitiesPath, 'add', index];
        report({
          path,
          message: `The ${describeContainer(container)} adds ${value}; Restricted allows adding back only NET_BIND_SERVICE.`,
          securityControl,
          fix: removeFieldFix(context, path, `Remove ${value} from capabilities.add`, container.path),
        });
      }
    }
  },
});
