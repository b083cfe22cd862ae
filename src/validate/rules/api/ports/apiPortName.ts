import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { ianaServiceNameProblems } from '../../../support/nameFormats';
import { describeContainer } from '../../../support/containers/podContainers';
import { decodedString } from '../../../support/decoding/decodedValue';
import { containerPorts } from '../../../support/containers/containerPorts';

/**
 * A port name is an IANA service name (1–15 of a-z, 0-9 and "-", with a
 * letter, no "--", no "-" at either end), unique within its container.
 */
export const apiPortNameRule = defineRule({
  id: 'api/port-name',
  severity: 'error',
  title: 'Port names are short IANA service names, unique in their container',
  why: 'Services and probes can refer to a port by its name instead of its number, so the name must be a short lowercase service name (like "http" or "metrics") that the container uses only once.',
  docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports',
  appliesTo: 'workload',
  mirrors: ['core.validateContainerPorts'],
  check(context, report) {
    let namesInContainer = new Set<string>();
    let currentOwner: unknown;
    for (const entry of containerPorts(context)) {
      if (entry.owner !== currentOwner) {
        currentOwner = entry.owner;
        namesInContainer = new Set();
      }
      const name = decodedString(field(entry.port, 'name'));
      if (!name) continue;
      const problems = ianaServiceNameProblems(name);
      if (problems.length > 0) {
        report({
          path: [...entry.path, 'name'],
          errorType: 'Invalid',
          message: `Port name "${name}" ${problems.join(', ')}.`,
        });
      } else if (namesInContainer.has(name)) {
        report({
          path: [...entry.path, 'name'],
          errorType: 'Duplicate',
          message: `The ${describeContainer(entry.owner)} already has a port named "${name}".`,
        });
      } else {
        namesInContainer.add(name);
      }
    }
  },
});
