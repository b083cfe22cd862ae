import { defineRule } from '../../../rule';
import { validatedProbes } from '../../../support/probes/validatedProbes';
import { checkHandler } from '../../../support/probes/handlerChecks';

/**
 * A probe (of an app container or a native sidecar) takes exactly
 * one action (exec, httpGet, tcpSocket or grpc), and that action is complete: a command, a valid
 * port (number 1–65535 or a port name), HTTP or HTTPS, valid header names.
 */
export const apiProbeHandlerRule = defineRule({
  id: 'api/probe-handler',
  severity: 'error',
  title: 'A probe takes exactly one well-formed action',
  why: 'The kubelet checks a container by running a command, calling an HTTP endpoint, opening a TCP connection or calling gRPC health; a probe picks exactly one of these and must say enough to do it (the command, the port).',
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  appliesTo: 'workload',
  mirrors: ['core.validateProbe', 'core.validateHandler', 'core.ValidatePortNumOrName'],
  check(context, report) {
    for (const { probe, path, label } of validatedProbes(context)) {
      checkHandler({ handler: probe, path, kind: 'probe', label, context }, report);
    }
  },
});
