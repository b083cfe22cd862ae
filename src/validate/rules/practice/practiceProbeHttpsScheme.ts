import { PROBE_KINDS } from '../../../model/containers';
import { field, isJsonObject } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { declaredPorts } from '../../support/containers/declaredPorts';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';
import { setFieldFix } from '../../support/fixes/fieldFixes';

/** Port names that say the port speaks TLS: https, tls, web-tls, https-metrics … */
const TLS_PORT_NAME = /(^|-)(https|tls)(-|$)/;

/** An httpGet probe on a port named https (or tls) that does not say `scheme: HTTPS`. */
export const practiceProbeHttpsSchemeRule = defineRule({
  id: 'practice/probe-https-scheme',
  severity: 'warning',
  title: 'HTTP probes on TLS ports use scheme HTTPS',
  why: 'An httpGet probe speaks plain HTTP unless its scheme is HTTPS. On a port that serves TLS (kube-rbac-proxy, webhooks, metrics behind TLS) the server answers a plain request with an error, so the probe fails every time: the container never becomes ready, or a liveness probe restarts it forever.',
  docsUrl:
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#http-probes',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) {
      const ports = declaredPorts(slot.container);
      for (const kind of PROBE_KINDS) {
        const httpGet = field(field(slot.container, kind), 'httpGet');
        if (!isJsonObject(httpGet) || field(httpGet, 'scheme') === 'HTTPS') continue;
        const port = field(httpGet, 'port');
        const declared = ports.find((candidate) =>
          typeof port === 'string' ? candidate.name === port : candidate.containerPort === port,
        );
        const name = typeof port === 'string' ? port : declared?.name;
        if (!name || !TLS_PORT_NAME.test(name)) continue;
        const path = [...slot.path, kind, 'httpGet', 'scheme'];
        report({
          path: [...slot.path, kind, 'httpGet'],
          markerPath: field(httpGet, 'scheme') === undefined ? [...slot.path, kind, 'httpGet', 'port'] : path,
          message: `The ${kind} of the ${describeContainer(slot)} sends plain HTTP to port "${name}", which serves TLS; set scheme: HTTPS.`,
          fix: setFieldFix(context, path, 'HTTPS', 'Set scheme to HTTPS'),
        });
      }
    }
  },
});
