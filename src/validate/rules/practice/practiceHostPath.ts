import { field, isJsonArray, isJsonObject } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';
import { setFieldFix } from '../../support/fixes/fieldFixes';

const RUNTIME_SOCKET = /(^|\/)(docker|containerd|crio|cri-dockerd|podman)\.sock$/;
const RUNTIME_DIRECTORIES = new Set([
  '/var/run/docker',
  '/run/docker',
  '/var/run/containerd',
  '/run/containerd',
  '/var/run/crio',
  '/run/crio',
  '/var/lib/docker',
  '/var/lib/containerd',
]);
/** Node directories whose contents give away the node: exact paths. */
const SENSITIVE_DIRECTORIES = new Set([
  '/',
  '/etc',
  '/proc',
  '/sys',
  '/dev',
  '/boot',
  '/lib',
  '/lib64',
  '/usr',
  '/bin',
  '/sbin',
  '/root',
  '/var/run',
  '/run',
  '/var/lib',
]);
/** Trees with cluster credentials: any path inside them. */
const SENSITIVE_TREES = ['/etc/kubernetes', '/var/lib/kubelet', '/var/lib/etcd', '/root'];

function normalize(path: string): string {
  const collapsed = path.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/+$/, '') : collapsed;
}

function danger(path: string): { readonly kind: 'socket' | 'sensitive'; readonly what: string } | undefined {
  if (RUNTIME_SOCKET.test(path) || RUNTIME_DIRECTORIES.has(path)) {
    return {
      kind: 'socket',
      what: 'the container runtime, which lets the pod start privileged containers on the node: it is root on the node',
    };
  }
  if (SENSITIVE_DIRECTORIES.has(path) || SENSITIVE_TREES.some((tree) => path.startsWith(`${tree}/`))) {
    return { kind: 'sensitive', what: "a system directory of the node, with the node's configuration and credentials" };
  }
  return undefined;
}

/**
 * What a mounted hostPath volume exposes: the container runtime socket, sensitive node
 * directories, or any node directory writable from the pod. (Pod Security Baseline reports every
 * hostPath volume; this rule says which ones are dangerous and why.)
 */
export const practiceHostPathRule = defineRule({
  id: 'practice/host-path',
  severity: 'warning',
  title: 'hostPath volumes do not expose the node',
  why: "A hostPath volume shares a directory of the node with the pod. The runtime socket or the node's system directories let the pod take over the node; any writable node directory lets it change files other pods and the kubelet rely on.",
  docsUrl: 'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
  appliesTo: 'workload',
  check(context, report) {
    for (const { index, name, volume } of context.volumes) {
      const hostPath = field(field(volume, 'hostPath'), 'path');
      if (typeof hostPath !== 'string' || hostPath === '') continue;
      const path = normalize(hostPath);
      const mounts = containersExceptEphemeral(context).flatMap((slot) => {
        const list = field(slot.container, 'volumeMounts');
        if (!isJsonArray(list)) return [];
        return list.flatMap((mount, mountIndex) =>
          isJsonObject(mount) && field(mount, 'name') === name ? [{ slot, mount, mountIndex }] : [],
        );
      });
      if (mounts.length === 0) continue;
      const writable = mounts.filter(({ mount }) => field(mount, 'readOnly') !== true);
      const found = danger(path);
      if (found) {
        const readOnlyNote =
          writable.length === 0 && found.kind === 'sensitive'
            ? ' It is mounted read-only, but reading it still reveals secrets.'
            : '';
        report({
          path: [...context.podSpecPath, 'volumes', index, 'hostPath', 'path'],
          severity: found.kind === 'socket' || writable.length > 0 ? 'warning' : 'info',
          message: `Volume "${name}" mounts ${hostPath} from the node: ${found.what}.${readOnlyNote}`,
        });
        continue;
      }
      for (const { slot, mountIndex } of writable) {
        const mountPath = [...slot.path, 'volumeMounts', mountIndex];
        report({
          path: [...mountPath, 'readOnly'],
          severity: 'info',
          message: `The ${describeContainer(slot)} can write to the node's ${hostPath} through volume "${name}"; mount it readOnly unless the container must change node files.`,
          fix: setFieldFix(context, [...mountPath, 'readOnly'], true, 'Mount it read-only'),
        });
      }
    }
  },
});
