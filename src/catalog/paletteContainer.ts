import type { JsonObject } from '../model/jsonValue';
import type { ContainerPaletteItem } from './paletteItems';

/** What the pod a container joins asks of it. */
export interface PodHardening {
  /** Every container of the pod meets the Restricted Pod Security level: the new one must too. */
  readonly restricted: boolean;
  /** The pod sets a seccomp profile for all its containers (the new one needs none of its own). */
  readonly podSeccompProfile: boolean;
}

/**
 * The container a palette item adds: its image and command, resource requests and a memory limit
 * (so the scheduler reserves room for it and a leak cannot take the node's memory), and in a pod
 * that meets the Restricted level a securityContext that keeps it there, with an image that runs
 * as that non-root user. Dropping a container never lowers the pod's Pod Security level.
 * @example paletteContainer(sidecarItem, 'sidecar', { restricted: false, podSeccompProfile: false }).resources
 *   // { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '32Mi' } }
 */
export function paletteContainer(item: ContainerPaletteItem, name: string, pod: PodHardening): JsonObject {
  const command: JsonObject = item.command ? { command: [...item.command] } : {};
  if (!pod.restricted) return { name, image: item.image, ...command, resources: item.resources };
  return {
    name,
    image: item.nonRoot.image,
    ...command,
    resources: item.resources,
    securityContext: {
      runAsNonRoot: true,
      runAsUser: item.nonRoot.runAsUser,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      ...(pod.podSeccompProfile ? {} : ({ seccompProfile: { type: 'RuntimeDefault' } } as JsonObject)),
    },
  };
}
