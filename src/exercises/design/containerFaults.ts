import type { ImageFacts } from '../../catalog/exercises/exercise';
import { listContainerSlots, type ContainerSlot } from '../../model/containers';
import { field, isJsonArray, isJsonObject, type JsonObject } from '../../model/jsonValue';
import type { ContainerFault } from '../../simulate/lifecycleTypes';
import { commandLineInOneString } from './commandLineInOneString';
import { containerMounts, isUnder } from './containerMounts';
import { imageFactsOf } from './imageFacts';
import { probeProblem } from './probeProblem';

/** How a container of the design would misbehave, and why in one clause. */
export interface ContainerFaultReason {
  readonly fault: ContainerFault;
  readonly reason: string;
}

function securitySetting(podSpec: JsonObject, container: JsonObject, key: string): unknown {
  const own = field(container, 'securityContext');
  const ownValue = isJsonObject(own) ? field(own, key) : undefined;
  if (ownValue !== undefined) return ownValue;
  const pod = field(podSpec, 'securityContext');
  return isJsonObject(pod) ? field(pod, key) : undefined;
}

function envNames(container: JsonObject): Set<string> {
  const env = field(container, 'env');
  const names = isJsonArray(env) ? env.map((entry) => (isJsonObject(entry) ? field(entry, 'name') : undefined)) : [];
  return new Set(names.filter((name): name is string => typeof name === 'string'));
}

/** Volumes the runtime cannot create a mount point in: their files are projected read-only. */
const READ_ONLY_SOURCES = new Set(['configMap', 'secret', 'downwardAPI', 'projected']);

/** A mount inside a read-only volume: the runtime cannot create its mount point there. */
function mountInsideReadOnly(podSpec: JsonObject, container: JsonObject): string | null {
  const mounts = containerMounts(podSpec, container);
  for (const outer of mounts) {
    if (!outer.readOnly && !READ_ONLY_SOURCES.has(outer.source ?? '')) continue;
    const inner = mounts.find(
      (mount) => mount !== outer && mount.path !== outer.path && isUnder(mount.path, outer.path),
    );
    if (inner)
      return `the runtime cannot create the mount point ${inner.path} inside the read-only volume "${outer.volume}" at ${outer.path}`;
  }
  return null;
}

function faultOf(podSpec: JsonObject, slot: ContainerSlot, facts: ImageFacts | undefined): ContainerFaultReason | null {
  const { container } = slot;
  const oneString = commandLineInOneString(container);
  if (oneString !== null)
    return {
      fault: 'exitsNonZero',
      reason: `its command "${oneString}" is one string: no executable has that name (split it into words)`,
    };
  const nested = mountInsideReadOnly(podSpec, container);
  if (nested !== null) return { fault: 'exitsNonZero', reason: nested };
  const missing = (facts?.requiresEnv ?? []).filter((name) => !envNames(container).has(name));
  if (missing.length > 0)
    return { fault: 'exitsNonZero', reason: `its image exits with an error without ${missing.join(', ')}` };
  const runAsUser = securitySetting(podSpec, container, 'runAsUser');
  if (
    facts?.needsRoot &&
    (securitySetting(podSpec, container, 'runAsNonRoot') === true || (typeof runAsUser === 'number' && runAsUser !== 0))
  )
    return { fault: 'exitsNonZero', reason: 'its image must run as root, and the security context forbids it' };
  if (slot.role === 'init') return null;
  for (const [probe, fault] of [
    ['startupProbe', 'startupFails'],
    ['livenessProbe', 'livenessFails'],
    ['readinessProbe', 'readinessFails'],
  ] as const) {
    if (!isJsonObject(field(container, probe))) continue;
    const problem = probeProblem(container, probe, facts);
    if (problem) return { fault, reason: problem };
  }
  return null;
}

/**
 * What each container of the pod would do wrong, by container name, going by the design and by
 * what the exercise says its images do: the faults the lifecycle simulation plays.
 */
export function containerFaults(
  podSpec: JsonObject,
  images: readonly ImageFacts[],
): ReadonlyMap<string, ContainerFaultReason> {
  const faults = new Map<string, ContainerFaultReason>();
  for (const slot of listContainerSlots(podSpec)) {
    const fault = faultOf(podSpec, slot, imageFactsOf(slot.container, images));
    if (fault && !faults.has(slot.name)) faults.set(slot.name, fault);
  }
  return faults;
}
