import { listContainerSlots, type ContainerSlot } from '../../model/containers';
import { field, isJsonArray } from '../../model/jsonValue';
import { containerMounts, isUnder } from '../design/containerMounts';
import { MET, type StepContext, type StepOutcome, unmet } from './stepContext';

/**
 * A volume of the pod is mounted in an app container and in a second running container (app or
 * native sidecar) whose command tails a file under its mount of that volume.
 */
export function sharedTailedVolumeStep(context: StepContext): StepOutcome {
  const { podSpec } = context.pod;
  const running = listContainerSlots(podSpec).filter((slot) => slot.role !== 'init');
  const shared = running.some((tailer) =>
    containerMounts(podSpec, tailer.container).some(
      (mount) =>
        mount.definition !== null &&
        tailsFileUnder(tailer, mount.path) &&
        running.some(
          (writer) =>
            writer !== tailer &&
            writer.role === 'app' &&
            containerMounts(podSpec, writer.container).some((other) => other.volume === mount.volume),
        ),
    ),
  );
  return shared ? MET : unmet('No second container tails a file of a volume the app container mounts.');
}

/** The container's command and arguments run `tail` on a path below `mountPath`. */
function tailsFileUnder(slot: ContainerSlot, mountPath: string): boolean {
  const words = (['command', 'args'] as const).flatMap((key) => {
    const list = field(slot.container, key);
    return isJsonArray(list)
      ? list.filter((item): item is string => typeof item === 'string').flatMap((item) => item.split(/[\s;&|'"]+/))
      : [];
  });
  return (
    words.includes('tail') &&
    words.some((word) => word !== mountPath && isUnder(word, mountPath) && !word.endsWith('/'))
  );
}
