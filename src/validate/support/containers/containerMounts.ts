import { field, type JsonObject } from '../../../model/jsonValue';
import type { DataPath } from '../../../model/dataPath';
import type { ObjectContext } from '../../objectContext';
import { containersExceptEphemeral, type PodContainer } from './podContainers';
import { objectItems } from '../decoding/decodedValue';

/** One volume mount of one container, with the paths the API server prints for it. */
export interface MountUnderCheck {
  readonly owner: PodContainer;
  readonly mount: JsonObject;
  readonly index: number;
  /** `spec.containers[0].volumeMounts`: the server's path for index-less errors. */
  readonly listPath: DataPath;
  /** `spec.containers[0].volumeMounts[3]`. */
  readonly path: DataPath;
}

const cache = new WeakMap<ObjectContext, readonly MountUnderCheck[]>();

/** The volume mounts of every container (app, init and sidecar), in container order; built once per object and run. */
export function containerMounts(context: ObjectContext): readonly MountUnderCheck[] {
  const cached = cache.get(context);
  if (cached) return cached;
  const mounts: MountUnderCheck[] = [];
  for (const owner of containersExceptEphemeral(context)) {
    const listPath = [...owner.path, 'volumeMounts'];
    for (const { index, item } of objectItems(field(owner.container, 'volumeMounts'))) {
      mounts.push({ owner, mount: item, index, listPath, path: [...listPath, index] });
    }
  }
  cache.set(context, mounts);
  return mounts;
}
