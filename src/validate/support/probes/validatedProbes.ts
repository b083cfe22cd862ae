import { containerPath, PROBE_KINDS, type ContainerSlot, type ProbeKind } from '../../../model/containers';
import type { DataPath } from '../../../model/dataPath';
import { field, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import type { ObjectContext } from '../../objectContext';

/** A probe of an app container or native sidecar: the containers whose probes the server validates. */
export interface ProbeUnderCheck {
  readonly slot: ContainerSlot;
  readonly kind: ProbeKind;
  readonly probe: JsonObject;
  readonly path: DataPath;
  /** `The liveness probe of "web"`. */
  readonly label: string;
}

const KIND_WORD: Readonly<Record<ProbeKind, string>> = {
  livenessProbe: 'liveness',
  readinessProbe: 'readiness',
  startupProbe: 'startup',
};

/** Probes of app containers and native sidecars (plain init containers may not have probes at all). */
export function* validatedProbes(context: ObjectContext): Generator<ProbeUnderCheck> {
  for (const slot of context.containers) {
    if (slot.role === 'init') continue;
    for (const kind of PROBE_KINDS) {
      const probe = field(slot.container, kind);
      if (!isJsonObject(probe)) continue;
      yield {
        slot,
        kind,
        probe,
        path: [...context.podSpecPath, ...containerPath(slot), kind],
        label: `The ${KIND_WORD[kind]} probe of ${slot.role === 'sidecar' ? 'sidecar' : 'container'} "${slot.name}"`,
      };
    }
  }
}
