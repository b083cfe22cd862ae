import type { ContainerRole, ProbeKind } from '../model/containers';
import type { JsonObject } from '../model/jsonValue';

/** What can be dragged from the palette onto the canvas. */
export interface ContainerPaletteItem {
  readonly id: string;
  readonly kind: 'container';
  readonly label: string;
  readonly description: string;
  readonly role: ContainerRole;
  /** Base for the new container's name (`container`, `container-2` ...). */
  readonly baseName: string;
  readonly image: string;
  /**
   * What the new container runs: an image's own default command would exit at once (busybox's
   * shell without a terminal), so an init container or sidecar gets one that does its job.
   */
  readonly command?: readonly string[];
  /**
   * What it asks of the node: requests the scheduler reserves and a memory limit equal to the
   * memory request (a little over what the image needs idle; the person sizes it for real load).
   */
  readonly resources: JsonObject;
  /**
   * How it runs in a pod that meets the Restricted Pod Security level: an image that works as a
   * non-root user (nginx's own image needs root to bind port 80 and switch users; its
   * unprivileged build listens on 8080 as uid 101), and that user's id, which the kubelet needs
   * to verify runAsNonRoot.
   */
  readonly nonRoot: { readonly image: string; readonly runAsUser: number };
}

/** A volume source: dropped on the pod it is added; on a container it is also mounted there. */
export interface VolumePaletteItem {
  readonly id: string;
  readonly kind: 'volume';
  readonly label: string;
  readonly description: string;
  /** Base for the new volume's name (`cache`, `cache-2` ...). */
  readonly baseName: string;
  /** The volume without its name: `{ emptyDir: {} }`, `{ configMap: { name: 'app-config' } }`. */
  readonly source: JsonObject;
}

/** A probe: attached to the container it is dropped on (or the selected one). */
export interface ProbePaletteItem {
  readonly id: string;
  readonly kind: 'probe';
  readonly label: string;
  readonly description: string;
  readonly probe: ProbeKind;
}

/** A Service in front of the pod: dropped on a workload (or the pod), it selects its pods. */
export interface ServicePaletteItem {
  readonly id: string;
  readonly kind: 'service';
  readonly label: string;
  readonly description: string;
}

export type PaletteItem = ContainerPaletteItem | VolumePaletteItem | ProbePaletteItem | ServicePaletteItem;

/** Palette sections, in the order they are shown. */
export const PALETTE_SECTIONS = [
  { kind: 'container', title: 'Containers' },
  { kind: 'volume', title: 'Volumes' },
  { kind: 'probe', title: 'Probes' },
  { kind: 'service', title: 'Networking' },
] as const satisfies readonly { kind: PaletteItem['kind']; title: string }[];

export const PALETTE_ITEMS: readonly PaletteItem[] = [
  {
    id: 'container',
    kind: 'container',
    label: 'Container',
    description: 'An app container: runs for the life of the pod.',
    role: 'app',
    baseName: 'container',
    image: 'nginx:1.27',
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '128Mi' } },
    nonRoot: { image: 'nginxinc/nginx-unprivileged:1.27', runAsUser: 101 },
  },
  {
    id: 'init-container',
    kind: 'container',
    label: 'Init container',
    description: 'Runs to completion before the app containers start.',
    role: 'init',
    baseName: 'init',
    image: 'busybox:1.36',
    command: ['sh', '-c', 'echo preparing'],
    resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '32Mi' } },
    // busybox runs as root by default, but its shell needs no privilege: "nobody" does.
    nonRoot: { image: 'busybox:1.36', runAsUser: 65534 },
  },
  {
    id: 'sidecar',
    kind: 'container',
    label: 'Sidecar',
    description: 'A native sidecar: starts before the app and keeps running beside it.',
    role: 'sidecar',
    baseName: 'sidecar',
    image: 'busybox:1.36',
    // A sidecar must keep running (if it exits it is restarted, forever); it stops cleanly on SIGTERM.
    command: ['sh', '-c', 'trap "exit 0" TERM; while true; do sleep 5; done'],
    resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '32Mi' } },
    nonRoot: { image: 'busybox:1.36', runAsUser: 65534 },
  },
  {
    id: 'volume-emptyDir',
    kind: 'volume',
    label: 'emptyDir',
    description: 'Scratch space shared by the containers, empty when the pod starts and deleted with it.',
    baseName: 'cache',
    source: { emptyDir: {} },
  },
  {
    id: 'volume-configMap',
    kind: 'volume',
    label: 'configMap',
    description: 'The keys of a ConfigMap as files.',
    baseName: 'config',
    source: { configMap: { name: 'app-config' } },
  },
  {
    id: 'volume-secret',
    kind: 'volume',
    label: 'secret',
    description: 'The keys of a Secret as files (kept in memory, never on the node disk).',
    baseName: 'secret',
    source: { secret: { secretName: 'app-secret' } },
  },
  {
    id: 'volume-hostPath',
    kind: 'volume',
    label: 'hostPath',
    description: "A directory of the node's own file system. Powerful and risky: avoid it in apps.",
    baseName: 'host',
    source: { hostPath: { path: '/var/log', type: 'Directory' } },
  },
  {
    id: 'volume-persistentVolumeClaim',
    kind: 'volume',
    label: 'persistentVolumeClaim',
    description: 'Storage that outlives the pod, claimed through a PersistentVolumeClaim.',
    baseName: 'data',
    source: { persistentVolumeClaim: { claimName: 'app-data' } },
  },
  {
    id: 'volume-projected',
    kind: 'volume',
    label: 'projected',
    description: 'Several sources (ConfigMaps, Secrets, a service account token ...) in one directory.',
    baseName: 'projected',
    source: { projected: { sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 3600 } }] } },
  },
  {
    id: 'volume-downwardAPI',
    kind: 'volume',
    label: 'downwardAPI',
    description: 'Facts about the pod itself (labels, annotations) as files.',
    baseName: 'podinfo',
    source: { downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } },
  },
  {
    id: 'volume-ephemeral',
    kind: 'volume',
    label: 'ephemeral',
    description: 'A claim created for this pod and deleted with it: scratch space from a storage class.',
    baseName: 'scratch',
    source: {
      ephemeral: {
        volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } },
      },
    },
  },
  {
    id: 'probe-liveness',
    kind: 'probe',
    label: 'Liveness probe',
    description: 'Restarts the container when it stops answering.',
    probe: 'livenessProbe',
  },
  {
    id: 'probe-readiness',
    kind: 'probe',
    label: 'Readiness probe',
    description: 'Sends traffic to the pod only while the container answers.',
    probe: 'readinessProbe',
  },
  {
    id: 'probe-startup',
    kind: 'probe',
    label: 'Startup probe',
    description: 'Holds the other probes back until a slow container has started.',
    probe: 'startupProbe',
  },
  {
    id: 'service',
    kind: 'service',
    label: 'Service',
    description:
      'A stable address for the pods: selects them by their labels and exposes their container ports. Drop it on a workload.',
  },
];

export function findPaletteItem(id: string): PaletteItem | undefined {
  return PALETTE_ITEMS.find((item) => item.id === id);
}

/** The drag data type that carries a palette item's id from the palette to the canvas. */
export const PALETTE_DRAG_TYPE = 'application/x-pod-designer-palette-item';
