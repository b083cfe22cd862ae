import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { containerPorts } from '../../../support/containers/containerPorts';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

/**
 * With hostNetwork, an app container's hostPort must equal its containerPort
 * (an unset hostPort is fine: it is defaulted to containerPort).
 */
export const apiHostNetworkPortRule = defineRule({
  id: 'api/host-network-port',
  severity: 'error',
  title: 'With hostNetwork, hostPort equals containerPort',
  why: "With hostNetwork: true the containers listen directly on the node's network, so there is no port mapping: the port on the node is the container port.",
  docsUrl: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  appliesTo: 'workload',
  mirrors: ['core.validatePodHostNetworkDeps'],
  check(context, report) {
    if (!context.podSpec || field(context.podSpec, 'hostNetwork') !== true) return;
    for (const entry of containerPorts(context)) {
      if (entry.owner.listKey !== 'containers') continue;
      const { hostPort, containerPort } = entry;
      if (hostPort === undefined || containerPort === undefined || hostPort === 0 || hostPort === containerPort)
        continue;
      const path = [...entry.path, 'hostPort'];
      const canFix = containerPort >= 1 && containerPort <= 65535;
      report({
        path,
        errorType: 'Invalid',
        message: `hostPort ${hostPort} must match containerPort ${containerPort} because this pod uses hostNetwork.`,
        ...(canFix ? { fix: setFieldFix(context, path, containerPort, `Set hostPort to ${containerPort}`) } : {}),
      });
    }
  },
});
