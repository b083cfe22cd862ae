import { field, isJsonArray, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { labelSelectorMatches, stringLabels } from '../../support/labels/labelSelectorMatches';
import { setFieldFix } from '../../support/fixes/fieldFixes';

const REPLICATED_KINDS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

function hasPodAntiAffinity(podSpec: JsonObject | undefined): boolean {
  const antiAffinity = field(field(podSpec, 'affinity'), 'podAntiAffinity');
  return isJsonObject(antiAffinity) && Object.keys(antiAffinity).length > 0;
}

/**
 * Spreading replicas: replicated workloads without spread constraints or anti-affinity (advice),
 * and constraints whose labelSelector does not select the workload's own pods (no effect).
 */
export const practiceTopologySpreadRule = defineRule({
  id: 'practice/topology-spread',
  severity: 'info',
  title: 'Replicas are spread over nodes',
  why: 'Replicas only protect against failures if they run in different places. Without topology spread constraints (or pod anti-affinity) the scheduler may put every replica on one node, and that node going down takes the whole service down.',
  docsUrl: 'https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/',
  appliesTo: 'workload',
  check(context, report) {
    const labelsValue = field(context.podMetadata, 'labels');
    const labels: JsonObject = isJsonObject(labelsValue) ? labelsValue : {};
    const constraints = field(context.podSpec, 'topologySpreadConstraints');
    const constraintsPath = [...context.podSpecPath, 'topologySpreadConstraints'];
    if (isJsonArray(constraints) && constraints.length > 0) {
      constraints.forEach((constraint, index) => {
        if (!isJsonObject(constraint)) return;
        const selector = field(constraint, 'labelSelector');
        if (selector === undefined || selector === null) {
          report({
            path: [...constraintsPath, index],
            severity: 'warning',
            message: 'This spread constraint has no labelSelector, so it counts no pods and spreads nothing.',
          });
        } else if (!isJsonObject(selector) || labelSelectorMatches(selector, stringLabels(labels)) !== true) {
          report({
            path: [...constraintsPath, index, 'labelSelector'],
            severity: 'warning',
            message:
              "This spread constraint's labelSelector does not match the pod's own labels, so it spreads other pods, not this workload's replicas.",
          });
        }
      });
      return;
    }
    const kind = context.workload?.kind;
    const replicas = field(field(context.object, 'spec'), 'replicas');
    if (!kind || !REPLICATED_KINDS.has(kind) || typeof replicas !== 'number' || replicas < 2) return;
    if (hasPodAntiAffinity(context.podSpec)) return;
    const fixable = Object.keys(labels).length > 0;
    report({
      path: constraintsPath,
      message: `This ${kind} runs ${replicas} replicas but says nothing about spreading them; they may all land on one node.`,
      ...(fixable
        ? {
            fix: setFieldFix(
              context,
              constraintsPath,
              [
                {
                  maxSkew: 1,
                  topologyKey: 'kubernetes.io/hostname',
                  whenUnsatisfiable: 'ScheduleAnyway',
                  labelSelector: { matchLabels: labels },
                },
              ],
              'Spread replicas over nodes (when possible)',
            ),
          }
        : {}),
    });
  },
});
