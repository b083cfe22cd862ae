import type { DataPath } from '../../../model/dataPath';
import { field, isJsonArray, type JsonValue } from '../../../model/jsonValue';
import { listServices, sameNamespace } from '../../../model/services';
import { defineRule } from '../../rule';

/** Where an Ingress sends traffic: each backend's Service and port, with the path of each field. */
function ingressBackends(spec: JsonValue | undefined): { path: DataPath; backend: JsonValue | undefined }[] {
  const backends = [{ path: ['spec', 'defaultBackend'] as DataPath, backend: field(spec, 'defaultBackend') }];
  const rules = field(spec, 'rules');
  if (isJsonArray(rules))
    rules.forEach((rule, ruleIndex) => {
      const paths = field(field(rule, 'http'), 'paths');
      if (isJsonArray(paths))
        paths.forEach((entry, pathIndex) => {
          backends.push({
            path: ['spec', 'rules', ruleIndex, 'http', 'paths', pathIndex, 'backend'],
            backend: field(entry, 'backend'),
          });
        });
    });
  return backends.filter(({ backend }) => backend !== undefined);
}

/** An Ingress backend that names a Service, or a port of a Service, that the file does not define. */
export const referenceIngressBackendRule = defineRule({
  id: 'reference/ingress-backend',
  severity: 'info',
  title: 'An Ingress backend names a Service and port of this file',
  why: 'An Ingress passes each request to the Service and port its backend names. When no such Service (or no such port of it) exists, the Ingress controller answers 503; the Service is assumed to exist in the cluster when it is not in this file.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-rules',
  appliesTo: 'any',
  check(context, report) {
    if (context.kind !== 'Ingress') return;
    const namespace = field(field(context.object, 'metadata'), 'namespace');
    const services = listServices(context.manifest).filter((service) =>
      sameNamespace(service.namespace, typeof namespace === 'string' ? namespace : undefined),
    );
    for (const { path, backend } of ingressBackends(field(context.object, 'spec'))) {
      const service = field(backend, 'service');
      const name = field(service, 'name');
      if (typeof name !== 'string') continue;
      const target = services.find((entry) => entry.name === name);
      if (!target) {
        report({
          path: [...path, 'service', 'name'],
          message: `No Service named ${name} is defined in this file; it must exist in the cluster.`,
        });
        continue;
      }
      const port = field(service, 'port');
      const number = field(port, 'number');
      const portName = field(port, 'name');
      const found =
        typeof number === 'number'
          ? target.ports.some((entry) => entry.port === number)
          : typeof portName === 'string'
            ? target.ports.some((entry) => entry.name === portName)
            : true;
      if (!found)
        report({
          path: [...path, 'service', 'port', typeof number === 'number' ? 'number' : 'name'],
          message: `The Service ${name} has no port ${typeof number === 'number' ? number : `named ${String(portName)}`}.`,
        });
    }
  },
});
