import { field, isJsonObject } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { dns1123SubdomainProblems, isIpAddress } from '../../../support/nameFormats';
import { decodedList, decodedString } from '../../../support/decoding/decodedValue';

/**
 * Each hostAliases entry has an IP address and DNS-subdomain hostnames. The
 * same IP in two entries is accepted with a warning.
 */
export const apiHostAliasesRule = defineRule({
  id: 'api/host-aliases',
  severity: 'error',
  title: 'hostAliases map IP addresses to DNS names',
  why: "hostAliases are written into the pod's /etc/hosts file, one line per IP address, so each entry needs a real IP address and hostnames that are valid DNS names.",
  docsUrl: 'https://kubernetes.io/docs/tasks/network/customize-hosts-file-for-pods/',
  appliesTo: 'workload',
  mirrors: ['core.ValidateHostAliases', 'podWarnings.warningsForPodSpecAndMeta'],
  check(context, report) {
    const aliases = decodedList(field(context.podSpec, 'hostAliases'));
    if (!aliases) return;
    const seenIps = new Set<string>();
    aliases.forEach((alias, index) => {
      if (!isJsonObject(alias)) return;
      const aliasPath = [...context.podSpecPath, 'hostAliases', index];
      const ip = decodedString(field(alias, 'ip'));
      if (ip !== undefined) {
        if (!isIpAddress(ip)) {
          report({
            path: [...aliasPath, 'ip'],
            errorType: 'Invalid',
            message:
              ip === ''
                ? 'This host alias has no IP address.'
                : `"${ip}" is not an IP address (like 10.1.2.3 or 2001:db8::1).`,
          });
        }
        if (aliases.length > 1 && seenIps.has(ip)) {
          report({
            path: [...aliasPath, 'ip'],
            severity: 'warning',
            message: `IP ${ip} already has a host alias entry: put all its hostnames in one entry.`,
          });
        }
        seenIps.add(ip);
      }
      decodedList(field(alias, 'hostnames'))?.forEach((hostname, hostnameIndex) => {
        if (typeof hostname !== 'string') return;
        const problems = dns1123SubdomainProblems(hostname);
        if (problems.length > 0) {
          report({
            path: [...aliasPath, 'hostnames', hostnameIndex],
            errorType: 'Invalid',
            message: `Hostname "${hostname}" ${problems.join(' and ')}.`,
          });
        }
      });
    });
  },
});
