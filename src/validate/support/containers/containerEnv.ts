import type { DataPath } from '../../../model/dataPath';
import { field, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import type { ObjectContext } from '../../objectContext';
import { decodedList } from '../decoding/decodedValue';
import type { PodContainer } from './podContainers';

/** One `env[]` or `envFrom[]` entry of a container, with its path inside the object. */
export interface ContainerEnvEntry {
  readonly owner: PodContainer;
  readonly index: number;
  readonly entry: JsonObject;
  /** `[...containerPath, 'env', index]`. */
  readonly path: DataPath;
}

const envCache = new WeakMap<ObjectContext, readonly ContainerEnvEntry[]>();
const envFromCache = new WeakMap<ObjectContext, readonly ContainerEnvEntry[]>();

/** Every `env` entry of every container (app, init, ephemeral). Computed once per validation run. */
export function containerEnv(context: ObjectContext): readonly ContainerEnvEntry[] {
  return entriesOf(context, 'env', envCache);
}

/** Every `envFrom` entry of every container. Computed once per validation run. */
export function containerEnvFrom(context: ObjectContext): readonly ContainerEnvEntry[] {
  return entriesOf(context, 'envFrom', envFromCache);
}

function entriesOf(
  context: ObjectContext,
  key: 'env' | 'envFrom',
  cache: WeakMap<ObjectContext, readonly ContainerEnvEntry[]>,
) {
  const cached = cache.get(context);
  if (cached) return cached;
  const result: ContainerEnvEntry[] = [];
  for (const owner of context.containers) {
    decodedList(field(owner.container, key))?.forEach((entry, index) => {
      if (isJsonObject(entry)) result.push({ owner, index, entry, path: [...owner.path, key, index] });
    });
  }
  cache.set(context, result);
  return result;
}
