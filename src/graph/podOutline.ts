import { listContainerSlots, type ContainerRole, type ContainerSlot } from '../model/containers';
import { listClaimTemplates } from '../model/claimTemplates';
import {
  claimEntityId,
  containerEntityId,
  type EntityId,
  mountEntityId,
  POD_ENTITY_ID,
  volumeEntityId,
} from '../model/entityId';
import { field, isJsonArray, isJsonObject, type JsonObject, type JsonValue } from '../model/jsonValue';
import { listVolumes } from '../model/volumes';
import { podSpecOf, workloadKindOf } from '../model/workloads';
import { describePorts, describeProbes, describeResources } from './describe/describeContainer';
import { describeClaimTemplate } from './describe/describeClaimTemplate';
import { describeVolume } from './describe/describeVolume';
import { workloadSummary } from './workloadSummary';

/** One line of the text outline of a pod; `entityId` when it stands for something on the canvas. */
export interface OutlineItem {
  readonly key: string;
  readonly label: string;
  readonly entityId?: EntityId;
  readonly children: readonly OutlineItem[];
}

const ROLE_GROUPS: readonly { role: ContainerRole; title: string }[] = [
  { role: 'init', title: 'Init containers' },
  { role: 'sidecar', title: 'Sidecars' },
  { role: 'app', title: 'App containers' },
];

/**
 * The pod as a tree of text, for screen readers and keyboard users: the workload, its containers
 * by role (image, ports, resources, probes, mounts, environment references), its volumes (source,
 * who mounts them) and the objects it refers to. Derived from the document only.
 *
 * @example podOutline(workload)[0].label // "Pod web"
 */
export function podOutline(workload: JsonObject | null): OutlineItem[] {
  if (!workload) return [];
  const kind = workloadKindOf(workload)?.kind ?? 'Pod';
  const name = field(field(workload, 'metadata'), 'name');
  const summary = workloadSummary(workload);
  const podSpec = podSpecOf(workload);
  const slots = listContainerSlots(podSpec);
  const volumes = listVolumes(podSpec);

  const children: OutlineItem[] = [];
  for (const { role, title } of ROLE_GROUPS) {
    const inRole = slots.filter((slot) => slot.role === role);
    if (inRole.length === 0) continue;
    children.push(
      item(
        `group:${role}`,
        `${title} (${inRole.length})`,
        inRole.map((slot, index) => containerItem(slot, role === 'app' ? null : index + 1)),
      ),
    );
  }
  if (slots.length === 0) children.push(item('no-containers', 'No containers yet', []));
  const claims = listClaimTemplates(workload);
  if (volumes.length + claims.length > 0) {
    const mountedBy = (name: string, key: string): OutlineItem[] => {
      const mounts = slots.flatMap((slot) =>
        mountsOf(slot.container)
          .filter((mount) => mount.name === name)
          .map((mount) =>
            item(
              `mounted:${key}:${containerEntityId(slot.name, slot.occurrence)}:${mount.index}`,
              `mounted by ${slot.name || '(unnamed)'} at ${mount.path}${mount.readOnly ? ', read-only' : ''}`,
              [],
            ),
          ),
      );
      return mounts.length ? mounts : [item(`unmounted:${key}`, 'not mounted by any container', [])];
    };
    children.push(
      item('group:volumes', `Volumes (${volumes.length + claims.length})`, [
        ...volumes.map((volume) => {
          const described = describeVolume(volume.volume);
          const id = volumeEntityId(volume.name, volume.occurrence);
          return item(
            id,
            `Volume ${volume.name || '(unnamed)'}: ${described.type}${described.detail ? ` ${described.detail}` : ''}`,
            mountedBy(volume.name, id),
            id,
          );
        }),
        ...claims.map((claim) => {
          const detail = describeClaimTemplate(claim.template);
          const id = claimEntityId(claim.name, claim.occurrence);
          return item(
            id,
            `Claim template ${claim.name || '(unnamed)'}: one claim per replica${detail ? `, ${detail}` : ''}`,
            mountedBy(claim.name, id),
            id,
          );
        }),
      ]),
    );
  }
  const references = referencesOf(podSpec, slots);
  if (references.length > 0) children.push(item('group:references', `References (${references.length})`, references));

  const title = `${kind} ${typeof name === 'string' && name !== '' ? name : '(unnamed)'}${summary ? `, ${summary}` : ''}`;
  return [item('workload', title, children, POD_ENTITY_ID)];
}

function containerItem(slot: ContainerSlot, order: number | null): OutlineItem {
  const id = containerEntityId(slot.name, slot.occurrence);
  const image = field(slot.container, 'image');
  const details: OutlineItem[] = [];
  const ports = describePorts(slot.container);
  if (ports.length)
    details.push(
      item(
        `${id}:ports`,
        `Ports: ${ports.map((port) => `${port.label}${port.name ? ` (${port.name})` : ''}`).join(', ')}`,
        [],
      ),
    );
  const resources = describeResources(slot.container);
  if (resources) details.push(item(`${id}:resources`, `Resources: ${resources}`, []));
  else details.push(item(`${id}:resources`, 'Resources: none set', []));
  const probes = describeProbes(slot.container);
  if (probes.length)
    details.push(
      item(
        `${id}:probes`,
        `Probes (${probes.length})`,
        probes.map((probe) => item(`${id}:${probe.kind}`, `${probe.label} probe: ${probe.handler}`, [])),
      ),
    );
  const mounts = mountsOf(slot.container);
  if (mounts.length)
    details.push(
      item(
        `${id}:mounts`,
        `Mounts (${mounts.length})`,
        mounts.map((mount) =>
          item(
            `${id}:mount:${mount.index}`,
            `${mount.name} at ${mount.path}${mount.readOnly ? ', read-only' : ''}${mount.subPath ? `, sub-path ${mount.subPath}` : ''}`,
            [],
            mountEntityId(slot.name, mount.index, slot.occurrence),
          ),
        ),
      ),
    );
  const roleWord = slot.role === 'app' ? 'Container' : slot.role === 'init' ? 'Init container' : 'Sidecar';
  const label = `${order !== null ? `${order}. ` : ''}${roleWord} ${slot.name || '(unnamed)'}, image ${typeof image === 'string' && image !== '' ? image : 'missing'}`;
  return item(id, label, details, id);
}

interface MountSummary {
  readonly index: number;
  readonly name: string;
  readonly path: string;
  readonly readOnly: boolean;
  readonly subPath: string | null;
}

function mountsOf(container: JsonObject): MountSummary[] {
  const mounts = field(container, 'volumeMounts');
  if (!isJsonArray(mounts)) return [];
  return mounts.flatMap((mount, index) => {
    if (!isJsonObject(mount)) return [];
    const name = field(mount, 'name');
    const path = field(mount, 'mountPath');
    const subPath = field(mount, 'subPath');
    return [
      {
        index,
        name: typeof name === 'string' ? name : '?',
        path: typeof path === 'string' ? path : '?',
        readOnly: field(mount, 'readOnly') === true,
        subPath: typeof subPath === 'string' ? subPath : null,
      },
    ];
  });
}

/** Objects outside the pod that it needs: ConfigMaps, Secrets, claims, its service account. */
function referencesOf(podSpec: JsonObject, slots: readonly ContainerSlot[]): OutlineItem[] {
  const found = new Map<string, string[]>();
  const add = (kind: string, name: JsonValue | undefined, usedBy: string): void => {
    if (typeof name !== 'string' || name === '') return;
    const key = `${kind} ${name}`;
    found.set(key, [...(found.get(key) ?? []), usedBy]);
  };
  for (const { name, volume } of listVolumes(podSpec)) {
    add('ConfigMap', field(field(volume, 'configMap'), 'name'), `volume ${name}`);
    add('Secret', field(field(volume, 'secret'), 'secretName'), `volume ${name}`);
    add('PersistentVolumeClaim', field(field(volume, 'persistentVolumeClaim'), 'claimName'), `volume ${name}`);
    const sources = field(field(volume, 'projected'), 'sources');
    if (isJsonArray(sources)) {
      for (const source of sources) {
        add('ConfigMap', field(field(source, 'configMap'), 'name'), `volume ${name}`);
        add('Secret', field(field(source, 'secret'), 'name'), `volume ${name}`);
      }
    }
  }
  for (const slot of slots) {
    const env = field(slot.container, 'env');
    if (isJsonArray(env)) {
      for (const variable of env) {
        const from = field(variable, 'valueFrom');
        const variableName = String(field(variable, 'name') ?? '?');
        add('ConfigMap', field(field(from, 'configMapKeyRef'), 'name'), `env ${variableName} of ${slot.name}`);
        add('Secret', field(field(from, 'secretKeyRef'), 'name'), `env ${variableName} of ${slot.name}`);
      }
    }
    const envFrom = field(slot.container, 'envFrom');
    if (isJsonArray(envFrom)) {
      for (const source of envFrom) {
        add('ConfigMap', field(field(source, 'configMapRef'), 'name'), `all env of ${slot.name}`);
        add('Secret', field(field(source, 'secretRef'), 'name'), `all env of ${slot.name}`);
      }
    }
  }
  const pullSecrets = field(podSpec, 'imagePullSecrets');
  if (isJsonArray(pullSecrets)) for (const secret of pullSecrets) add('Secret', field(secret, 'name'), 'image pulls');
  add('ServiceAccount', field(podSpec, 'serviceAccountName'), 'the pod identity');
  return [...found].map(([key, usedBy]) =>
    item(`ref:${key}`, `${key}, used by ${[...new Set(usedBy)].join('; ')}`, []),
  );
}

function item(key: string, label: string, children: readonly OutlineItem[], entityId?: EntityId): OutlineItem {
  return entityId === undefined ? { key, label, children } : { key, label, entityId, children };
}
