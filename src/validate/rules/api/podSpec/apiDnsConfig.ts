import { field, isJsonObject } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { isDns1123SubdomainWithUnderscore, isIpAddress } from '../../../support/nameFormats';
import { decodedList, decodedString, presentObject } from '../../../support/decoding/decodedValue';
import { markerForMissing } from '../../../support/markerForMissing';

const MAX_NAMESERVERS = 3;
const MAX_SEARCHES = 32;
const MAX_SEARCH_CHARACTERS = 2048;

/**
 * DnsPolicy None needs a dnsConfig with a nameserver; dnsConfig holds at
 * most 3 nameserver IPs, at most 32 search domains (2048 characters), and named options. Search
 * domains follow RelaxedDNSSearchValidation (on since 1.33): "_" and a lone "." are allowed.
 */
export const apiDnsConfigRule = defineRule({
  id: 'api/dns-config',
  severity: 'error',
  title: 'dnsConfig lists valid nameservers, searches and options',
  why: "dnsConfig is written into the pod's /etc/resolv.conf, and the C library that reads that file only uses 3 nameservers and a limited search list; with dnsPolicy None it is the pod's only DNS setup, so it needs a nameserver.",
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-dns-config',
  appliesTo: 'workload',
  mirrors: ['core.validatePodDNSConfig'],
  check(context, report) {
    const spec = context.podSpec;
    const configPath = [...context.podSpecPath, 'dnsConfig'];
    const rawConfig = field(spec, 'dnsConfig');
    if (rawConfig !== undefined && rawConfig !== null && !isJsonObject(rawConfig)) return;
    const config = presentObject(rawConfig);
    if (decodedString(field(spec, 'dnsPolicy')) === 'None') {
      if (!config) {
        report({
          path: configPath,
          markerPath: [...context.podSpecPath, 'dnsPolicy'],
          errorType: 'Required',
          message: 'dnsPolicy None needs a dnsConfig with at least one nameserver.',
        });
        return;
      }
      const nameservers = decodedList(field(config, 'nameservers'));
      if (nameservers !== undefined && nameservers.length === 0) {
        const path = [...configPath, 'nameservers'];
        report({
          path,
          markerPath: markerForMissing(context.object, path),
          errorType: 'Required',
          message: 'dnsPolicy None needs at least one nameserver in dnsConfig.nameservers.',
        });
        return;
      }
    }
    if (!config) return;
    const nameservers = decodedList(field(config, 'nameservers'));
    if (nameservers) {
      if (nameservers.length > MAX_NAMESERVERS) {
        report({
          path: [...configPath, 'nameservers'],
          errorType: 'Invalid',
          message: `dnsConfig lists ${nameservers.length} nameservers; at most ${MAX_NAMESERVERS} are allowed.`,
        });
      }
      nameservers.forEach((nameserver, index) => {
        if (typeof nameserver === 'string' && !isIpAddress(nameserver)) {
          report({
            path: [...configPath, 'nameservers', index],
            errorType: 'Invalid',
            message: `Nameserver "${nameserver}" must be an IP address, like 10.96.0.10 or 2001:db8::10.`,
          });
        }
      });
    }
    const searches = decodedList(field(config, 'searches'));
    if (searches) {
      if (searches.length > MAX_SEARCHES) {
        report({
          path: [...configPath, 'searches'],
          errorType: 'Invalid',
          message: `dnsConfig lists ${searches.length} search domains; at most ${MAX_SEARCHES} are allowed.`,
        });
      }
      const joined = searches.filter((search) => typeof search === 'string').join(' ');
      if (joined.length > MAX_SEARCH_CHARACTERS) {
        report({
          path: [...configPath, 'searches'],
          errorType: 'Invalid',
          message: `The search domains take ${joined.length} characters (with spaces); at most ${MAX_SEARCH_CHARACTERS} are allowed.`,
        });
      }
      searches.forEach((search, index) => {
        if (typeof search !== 'string' || search === '.') return;
        const domain = search.endsWith('.') ? search.slice(0, -1) : search;
        if (!isDns1123SubdomainWithUnderscore(domain)) {
          report({
            path: [...configPath, 'searches', index],
            errorType: 'Invalid',
            message: `Search domain "${search}" is not a valid DNS name: use lowercase letters, digits, "-", "_" and ".".`,
          });
        }
      });
    }
    decodedList(field(config, 'options'))?.forEach((option, index) => {
      if (!isJsonObject(option)) return;
      if (decodedString(field(option, 'name')) === '') {
        report({
          path: [...configPath, 'options', index],
          errorType: 'Required',
          message: 'This DNS option has no name (like ndots or timeout).',
        });
      }
    });
  },
});
