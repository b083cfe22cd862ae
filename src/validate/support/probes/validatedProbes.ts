import { PROBE_KINDS, type ProbeKind } from '../../../model/containers';
import type { DataPath } from '../../../model/dataPath';
import { field, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import type { ObjectContext } from '../../objectContext';
import { containersExceptEphemeral, describeContainer, type PodContainer } from '../containers/podContainers';

/** A probe of an app container or native sidecar: the containers whose probes the server validates. */
export interface ProbeUnderCheck {
  readonly owner: PodContainer;
  readonly kind: ProbeKind;
  readonly probe: JsonObject;
  readonly path: DataPath;
  /** `The liveness probe of container "web"`. */
  readonly label: string;
}

const KIND_WORD: Readonly<Record<ProbeKind, string>> = {
  livenessProbe: 'liveness',
  readinessProbe: 'readiness',
  startupProbe: 'startup',
};

/** Probes of app containers and native sidecars (plain init containers may not have probes at all). */
export function* validatedProbes(context: ObjectContext): Generator<ProbeUnderCheck> {
  for (const owner of containersExceptEphemeral(context)) {
    if (owner.role === 'init') continue;
    for (const kind of PROBE_KINDS) {
      const probe = field(owner.container, kind);
      if (!isJsonObject(probe)) continue;
      yield {
        owner,
        kind,
        probe,
        path: [...owner.path, kind],
        label: `The ${KIND_WORD[kind]} probe of ${describeContainer(owner)}`,
      };
    }
  }
}
