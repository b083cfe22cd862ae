import { listContainerSlots, type ContainerSlot } from '../../model/containers';
import { field, isJsonArray, isJsonObject } from '../../model/jsonValue';
import type { Manifest } from '../../model/manifest';
import { volumeNames } from '../../model/volumes';
import type { FindingData } from '../../validate/finding';
import { designedPod } from '../designedPod';
import { errorFindings, goalHints } from '../goalHints';
import type { GoalStatus } from '../goalStatus';

/**
 * Met when a volume of the pod is mounted in an app container and in a second running container
 * (app or native sidecar) whose command tails a file under its mount of that volume, and the
 * design has no errors.
 */
export function sharedTailedVolumeGoal(documents: Manifest, findings: readonly FindingData[]): GoalStatus {
  const pod = designedPod(documents);
  const errors = errorFindings(findings);
  if (!pod) return { met: false, hints: goalHints(errors) };
  const volumes = new Set(volumeNames(pod.podSpec));
  const running = listContainerSlots(pod.podSpec).filter((slot) => slot.role !== 'init');
  const shared = running.some((tailer) =>
    mountsOf(tailer).some(
      (mount) =>
        volumes.has(mount.volume) &&
        tailsFileUnder(tailer, mount.path) &&
        running.some(
          (writer) =>
            writer !== tailer &&
            writer.role === 'app' &&
            mountsOf(writer).some((other) => other.volume === mount.volume),
        ),
    ),
  );
  return { met: shared && errors.length === 0, hints: goalHints(errors) };
}

interface Mount {
  readonly volume: string;
  readonly path: string;
}

function mountsOf(slot: ContainerSlot): Mount[] {
  const mounts = field(slot.container, 'volumeMounts');
  if (!isJsonArray(mounts)) return [];
  return mounts.flatMap((mount) => {
    const volume = isJsonObject(mount) ? field(mount, 'name') : undefined;
    const path = isJsonObject(mount) ? field(mount, 'mountPath') : undefined;
    return typeof volume === 'string' && typeof path === 'string' && path.startsWith('/') ? [{ volume, path }] : [];
  });
}

/** The container's command and arguments run `tail` on a path below `mountPath`. */
function tailsFileUnder(slot: ContainerSlot, mountPath: string): boolean {
  const words = (['command', 'args'] as const).flatMap((key) => {
    const list = field(slot.container, key);
    return isJsonArray(list)
      ? list.filter((item): item is string => typeof item === 'string').flatMap((item) => item.split(/[\s;&|'"]+/))
      : [];
  });
  const folder = mountPath.endsWith('/') ? mountPath : `${mountPath}/`;
  return words.includes('tail') && words.some((word) => word.startsWith(folder) && word.length > folder.length);
}
