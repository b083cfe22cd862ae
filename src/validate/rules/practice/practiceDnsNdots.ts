import type { DataPath } from '../../../model/dataPath';
import { field, isJsonArray, type JsonObject } from '../../../model/jsonValue';
import { updateAtPath } from '../../../model/valueAtPath';
import { defineRule } from '../../rule';
import { startWords } from '../../support/containers/shellScript';
import { containersExceptEphemeral } from '../../support/containers/podContainers';
import { editObjectFix } from '../../support/fixes/fieldFixes';

/** Top-level domains of public names; a name ending in one is almost certainly outside the cluster. */
const PUBLIC_TLDS = new Set([
  'com',
  'net',
  'org',
  'io',
  'dev',
  'app',
  'cloud',
  'co',
  'ai',
  'me',
  'info',
  'biz',
  'tech',
  'xyz',
  'sh',
  'gov',
  'edu',
  'us',
  'uk',
  'de',
  'fr',
  'eu',
  'nl',
  'be',
  'ch',
  'at',
  'se',
  'no',
  'dk',
  'fi',
  'es',
  'it',
  'pl',
  'cz',
  'pt',
  'ie',
  'jp',
  'cn',
  'in',
  'br',
  'ru',
  'au',
  'ca',
  'nz',
  'kr',
  'sg',
  'za',
  'mx',
]);
const URL_HOST = /\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@]+@)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?=[:/\s"']|$)/gi;

/** The first public host name in a text, when it has fewer dots than ndots (5). */
function externalHost(text: string): string | undefined {
  for (const match of text.matchAll(URL_HOST)) {
    const host = match[1]!.toLowerCase();
    const labels = host.split('.');
    if (labels.length - 1 >= 5) continue;
    if (PUBLIC_TLDS.has(labels[labels.length - 1]!)) return host;
  }
  return undefined;
}

/**
 * Pods that call public hosts (a URL in env or args) with the default ndots:5: every lookup first
 * walks the cluster search domains.
 */
export const practiceDnsNdotsRule = defineRule({
  id: 'practice/dns-ndots',
  severity: 'info',
  title: 'Lookups of external names skip the cluster search domains',
  why: 'Inside the cluster a name with fewer than 5 dots (ndots:5) is first tried with each search domain (.svc.cluster.local ...), so one lookup of api.example.com costs several failed queries and adds latency. Write the name with a final dot or set dnsConfig option ndots to 2.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-dns-config',
  appliesTo: 'workload',
  check(context, report) {
    const podSpec = context.podSpec;
    const policy = field(podSpec, 'dnsPolicy');
    const hostNetwork = field(podSpec, 'hostNetwork') === true;
    const clusterDns =
      policy === 'ClusterFirstWithHostNet' || ((policy === undefined || policy === 'ClusterFirst') && !hostNetwork);
    if (!clusterDns) return;
    const options = field(field(podSpec, 'dnsConfig'), 'options');
    if (isJsonArray(options) && options.some((option) => field(option, 'name') === 'ndots')) return;
    for (const slot of containersExceptEphemeral(context)) {
      const cPath = [...slot.path];
      const places: { path: DataPath; text: string }[] = [];
      const env = field(slot.container, 'env');
      if (isJsonArray(env)) {
        env.forEach((entry, index) => {
          const value = field(entry, 'value');
          if (typeof value === 'string') places.push({ path: [...cPath, 'env', index, 'value'], text: value });
        });
      }
      for (const word of startWords(slot.container))
        places.push({ path: [...cPath, word.key, word.index], text: word.word });
      for (const place of places) {
        const host = externalHost(place.text);
        if (!host) continue;
        const dnsConfigPath = [...context.podSpecPath, 'dnsConfig'];
        report({
          path: place.path,
          message: `The pod calls ${host}; with the default ndots:5 each lookup first tries the cluster search domains.`,
          fix: editObjectFix(
            context,
            context.podSpecPath,
            (object) =>
              updateAtPath(object, [...dnsConfigPath, 'options'], (current) => [
                ...(isJsonArray(current) ? current : []),
                { name: 'ndots', value: '2' },
              ]) as JsonObject,
            'Set dnsConfig option ndots: "2"',
          ),
        });
        return;
      }
    }
  },
});
