import { findContainerSlot } from '../../model/containers';
import { field } from '../../model/jsonValue';
import { containerMounts, isUnder } from '../design/containerMounts';
import { MET, type StepContext, type StepOutcome, unmet } from './stepContext';

/** One volume of the source type is mounted in every named container. */
export function sharedVolumeStep(context: StepContext, names: readonly string[], source: string): StepOutcome {
  const slots = names.map((name) => findContainerSlot(context.pod.podSpec, name));
  const missing = names.find((_, index) => !slots[index]);
  if (missing) return unmet(`There is no container named ${missing}.`);
  const [first, ...others] = slots.map((slot) => containerMounts(context.pod.podSpec, slot!.container));
  const shared = first!.some(
    (mount) =>
      mount.source === source && others.every((mounts) => mounts.some((other) => other.volume === mount.volume)),
  );
  return shared ? MET : unmet(`No ${source} volume is mounted in ${names.join(' and ')}.`);
}

/** A volume of a Secret or ConfigMap named `objectName` is mounted in the container where `file` lies. */
export function objectFileStep(
  context: StepContext,
  name: string,
  source: 'secret' | 'configMap',
  objectName: string,
  file: string,
): StepOutcome {
  const slot = findContainerSlot(context.pod.podSpec, name);
  if (!slot) return unmet(`There is no container named ${name}.`);
  const nameKey = source === 'secret' ? 'secretName' : 'name';
  const found = containerMounts(context.pod.podSpec, slot.container).some((mount) => {
    const definition = mount.definition && field(mount.definition, source);
    return (
      mount.source === source &&
      definition !== null &&
      typeof definition === 'object' &&
      !Array.isArray(definition) &&
      field(definition, nameKey) === objectName &&
      isUnder(file, mount.path)
    );
  });
  return found ? MET : unmet(`${name} does not see ${file} from a ${source} volume of ${objectName}.`);
}

/** Every volume the container mounts at or below `mountPath` has this source type, and there is one. */
export function volumeSourceStep(context: StepContext, name: string, mountPath: string, source: string): StepOutcome {
  const slot = findContainerSlot(context.pod.podSpec, name);
  if (!slot) return unmet(`There is no container named ${name}.`);
  const mounts = containerMounts(context.pod.podSpec, slot.container).filter((mount) => isUnder(mount.path, mountPath));
  if (mounts.length === 0) return unmet(`${name} mounts nothing at ${mountPath}.`);
  const wrong = mounts.find((mount) => mount.source !== source);
  return wrong ? unmet(`${name} mounts a ${wrong.source ?? 'missing'} volume at ${wrong.path}.`) : MET;
}
