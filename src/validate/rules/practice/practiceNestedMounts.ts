import { field, isJsonArray, isJsonObject } from '../../../model/jsonValue';
import { volumeSourceType } from '../../../model/volumes';
import { defineRule } from '../../rule';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';

/** Volume types Kubernetes always mounts read-only. */
const READ_ONLY_TYPES = new Set(['configMap', 'secret', 'downwardAPI', 'projected', 'image']);

interface Mount {
  readonly index: number;
  readonly raw: string;
  readonly normalized: string;
  readonly volume: string;
  readonly readOnly: boolean;
}

/** `/data//cache/` → `/data/cache`. */
function normalizeMountPath(path: string): string {
  const collapsed = path.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/+$/, '') : collapsed;
}

/**
 * Mounts of one container that overlap: the same directory written two ways (`/data` and
 * `/data/`), or one mounted inside another (`/data` and `/data/cache`). Exact duplicates are an
 * API error and left to that rule.
 */
export const practiceNestedMountsRule = defineRule({
  id: 'practice/nested-mounts',
  severity: 'warning',
  title: 'Volume mounts of a container do not overlap',
  why: 'A volume mounted inside another one hides that subdirectory of the outer volume, and the runtime must create the mount point in the outer volume: if that volume is read-only (a ConfigMap, a Secret, readOnly: true) the container fails to start. Mount them side by side instead (/data and /cache).',
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  appliesTo: 'workload',
  check(context, report) {
    const volumeTypes = new Map(context.volumes.map((entry) => [entry.name, volumeSourceType(entry.volume)]));
    for (const slot of containersExceptEphemeral(context)) {
      const list = field(slot.container, 'volumeMounts');
      if (!isJsonArray(list)) continue;
      const mounts: Mount[] = list.flatMap((mount, index) => {
        if (!isJsonObject(mount)) return [];
        const raw = field(mount, 'mountPath');
        const volume = field(mount, 'name');
        if (typeof raw !== 'string' || !raw.startsWith('/')) return [];
        const readOnly =
          field(mount, 'readOnly') === true ||
          READ_ONLY_TYPES.has(volumeTypes.get(typeof volume === 'string' ? volume : '') ?? '');
        return [
          {
            index,
            raw,
            normalized: normalizeMountPath(raw),
            volume: typeof volume === 'string' ? volume : '',
            readOnly,
          },
        ];
      });
      const mountsPath = [...slot.path, 'volumeMounts'];
      for (const inner of mounts) {
        for (const outer of mounts) {
          if (inner === outer || inner.raw === outer.raw) continue;
          if (inner.normalized === outer.normalized) {
            if (inner.index < outer.index) continue;
            report({
              path: [...mountsPath, inner.index, 'mountPath'],
              message: `The ${describeContainer(slot)} mounts "${inner.volume}" at ${inner.raw}, the same directory as "${outer.volume}" at ${outer.raw}; only one of them is visible.`,
            });
            continue;
          }
          const prefix = outer.normalized === '/' ? '/' : `${outer.normalized}/`;
          if (!inner.normalized.startsWith(prefix)) continue;
          report({
            path: [...mountsPath, inner.index, 'mountPath'],
            severity: outer.readOnly ? 'warning' : 'info',
            message: outer.readOnly
              ? `The ${describeContainer(slot)} mounts "${inner.volume}" at ${inner.raw}, inside the read-only mount of "${outer.volume}" at ${outer.raw}; creating the mount point fails unless that directory already exists in "${outer.volume}".`
              : `The ${describeContainer(slot)} mounts "${inner.volume}" at ${inner.raw}, inside "${outer.volume}" at ${outer.raw}: it hides that part of "${outer.volume}" and leaves an empty directory there.`,
          });
        }
      }
    }
  },
});
