import { isPathPrefix } from '../../model/dataPath';
import { containerPath, findContainerSlot } from '../../model/containers';
import { field, isJsonObject } from '../../model/jsonValue';
import type { Manifest } from '../../model/manifest';
import { sameObjectRef } from '../../model/workloads';
import type { FindingData } from '../../validate/finding';
import { designedPod } from '../designedPod';
import { errorFindings, goalHints } from '../goalHints';
import type { GoalStatus } from '../goalStatus';

const PROBE_HANDLERS = ['httpGet', 'tcpSocket', 'exec', 'grpc'] as const;

/**
 * Met when `containerName` has a readiness probe with exactly one handler and the design has no
 * errors. Hints: the errors, and what the validator says about that container's readiness probe
 * (including that it has none).
 */
export function readinessProbeGoal(
  documents: Manifest,
  findings: readonly FindingData[],
  containerName: string,
): GoalStatus {
  const pod = designedPod(documents);
  const slot = pod && findContainerSlot(pod.podSpec, containerName);
  const errors = errorFindings(findings);
  if (!pod || !slot) return { met: false, hints: goalHints(errors) };
  const probePath = [...pod.podSpecPath, ...containerPath(slot), 'readinessProbe'];
  const aboutProbe = findings.filter(
    (finding) =>
      finding.severity !== 'error' &&
      sameObjectRef(finding.objectRef, pod.ref) &&
      isPathPrefix(probePath, finding.path),
  );
  const probe = field(slot.container, 'readinessProbe');
  const handlers = isJsonObject(probe) ? PROBE_HANDLERS.filter((handler) => field(probe, handler) !== undefined) : [];
  return { met: handlers.length === 1 && errors.length === 0, hints: goalHints([...errors, ...aboutProbe]) };
}
