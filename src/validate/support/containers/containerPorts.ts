import type { DataPath } from '../../../model/dataPath';
import { field, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import type { ObjectContext } from '../../objectContext';
import { decodedInt32, decodedList, decodedString } from '../decoding/decodedValue';
import type { PodContainer } from './podContainers';

/** One `ports[]` entry as the API server sees it after defaulting. */
export interface ContainerPortEntry {
  readonly owner: PodContainer;
  readonly index: number;
  readonly port: JsonObject;
  /** `[...containerPath, 'ports', index]`. */
  readonly path: DataPath;
  /** Undefined when the field holds a value of the wrong JSON type. */
  readonly containerPort: number | undefined;
  /** After defaulting: a Pod with hostNetwork turns an unset hostPort into containerPort. */
  readonly hostPort: number | undefined;
  /** After defaulting: an unset protocol is TCP. */
  readonly protocol: string | undefined;
  readonly hostIP: string | undefined;
}

const cache = new WeakMap<ObjectContext, readonly ContainerPortEntry[]>();

/** Every port of every container, in the pod's container order. Computed once per validation run. */
export function containerPorts(context: ObjectContext): readonly ContainerPortEntry[] {
  const cached = cache.get(context);
  if (cached) return cached;
  const hostNetworkDefaulting =
    context.kind === 'Pod' && context.podSpec !== undefined && field(context.podSpec, 'hostNetwork') === true;
  const result: ContainerPortEntry[] = [];
  for (const owner of context.containers) {
    const ports = decodedList(field(owner.container, 'ports'));
    ports?.forEach((port, index) => {
      if (!isJsonObject(port)) return;
      const containerPort = decodedInt32(field(port, 'containerPort'));
      const declaredHostPort = decodedInt32(field(port, 'hostPort'));
      const protocol = decodedString(field(port, 'protocol'));
      const defaultsHostPort =
        hostNetworkDefaulting && owner.listKey !== 'ephemeralContainers' && declaredHostPort === 0;
      result.push({
        owner,
        index,
        port,
        path: [...owner.path, 'ports', index],
        containerPort,
        hostPort: defaultsHostPort ? containerPort : declaredHostPort,
        protocol: protocol === '' ? 'TCP' : protocol,
        hostIP: decodedString(field(port, 'hostIP')),
      });
    });
  }
  cache.set(context, result);
  return result;
}
