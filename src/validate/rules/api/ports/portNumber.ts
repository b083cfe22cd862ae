import { defineRule } from '../../../rule';
import { markerForMissing } from '../podSpec/existingPath';
import { containerPorts } from './containerPorts';

const isPortNumber = (port: number) => port >= 1 && port <= 65535;

/** API server rules 26–28: containerPort is set and in 1–65535; a hostPort, when set, too. */
export const portNumberRule = defineRule({
  id: 'api/port-number',
  family: 'api',
  severity: 'error',
  title: 'Port numbers are between 1 and 65535',
  why: 'A port entry declares which TCP/UDP port the container listens on; port numbers only go from 1 to 65535, and containerPort is the one field every port entry needs.',
  docsUrl: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  appliesTo: 'workload',
  check(context, report) {
    for (const entry of containerPorts(context)) {
      const { containerPort } = entry;
      const containerPortPath = [...entry.path, 'containerPort'];
      if (containerPort === 0) {
        report({
          path: containerPortPath,
          markerPath: markerForMissing(context.object, containerPortPath),
          errorType: 'Required',
          message: 'This port has no containerPort: set the number the container listens on.',
        });
      } else if (containerPort !== undefined && !isPortNumber(containerPort)) {
        report({
          path: containerPortPath,
          errorType: 'Invalid',
          message: `containerPort ${containerPort} is not a port number: use a number from 1 to 65535.`,
        });
      }
      const declaredHostPort = entry.port.hostPort;
      if (
        typeof declaredHostPort === 'number' &&
        declaredHostPort !== 0 &&
        entry.hostPort !== undefined &&
        !isPortNumber(entry.hostPort)
      ) {
        report({
          path: [...entry.path, 'hostPort'],
          errorType: 'Invalid',
          message: `hostPort ${entry.hostPort} is not a port number: use a number from 1 to 65535.`,
        });
      }
    }
  },
});
