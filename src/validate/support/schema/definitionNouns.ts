/**
 * How messages name a schema definition: "a container", "the pod spec" … and the well-known
 * definitions a misplaced field may belong to ("imagePullSecrets is a field of the pod spec").
 */
const NOUNS: Readonly<Record<string, string>> = {
  'io.k8s.api.core.v1.Pod': 'a Pod',
  'io.k8s.api.core.v1.PodSpec': 'the pod spec',
  'io.k8s.api.core.v1.PodTemplateSpec': 'a pod template',
  'io.k8s.api.core.v1.Container': 'a container',
  'io.k8s.api.core.v1.EphemeralContainer': 'an ephemeral container',
  'io.k8s.api.core.v1.ContainerPort': 'a container port',
  'io.k8s.api.core.v1.Probe': 'a probe',
  'io.k8s.api.core.v1.HTTPGetAction': 'an httpGet probe action',
  'io.k8s.api.core.v1.Volume': 'a volume',
  'io.k8s.api.core.v1.VolumeMount': 'a volume mount',
  'io.k8s.api.core.v1.EnvVar': 'an env entry',
  'io.k8s.api.core.v1.EnvVarSource': 'valueFrom',
  'io.k8s.api.core.v1.EnvFromSource': 'an envFrom entry',
  'io.k8s.api.core.v1.ResourceRequirements': 'resources',
  'io.k8s.api.core.v1.SecurityContext': "a container's securityContext",
  'io.k8s.api.core.v1.PodSecurityContext': "the pod's securityContext",
  'io.k8s.api.core.v1.Lifecycle': 'lifecycle',
  'io.k8s.api.core.v1.ConfigMap': 'a ConfigMap',
  'io.k8s.api.core.v1.Secret': 'a Secret',
  'io.k8s.api.core.v1.Service': 'a Service',
  'io.k8s.api.core.v1.ServiceSpec': "a Service's spec",
  'io.k8s.api.core.v1.PersistentVolumeClaimSpec': "a PersistentVolumeClaim's spec",
  'io.k8s.api.apps.v1.DeploymentSpec': "a Deployment's spec",
  'io.k8s.api.apps.v1.StatefulSetSpec': "a StatefulSet's spec",
  'io.k8s.api.apps.v1.DaemonSetSpec': "a DaemonSet's spec",
  'io.k8s.api.apps.v1.ReplicaSetSpec': "a ReplicaSet's spec",
  'io.k8s.api.batch.v1.JobSpec': "a Job's spec",
  'io.k8s.api.batch.v1.CronJobSpec': "a CronJob's spec",
  'io.k8s.api.batch.v1.JobTemplateSpec': "a CronJob's jobTemplate",
  'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta': 'metadata',
  'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector': 'a label selector',
};

/** The definitions a misplaced field is looked up in, most likely home first. */
export const WELL_KNOWN_HOMES: readonly string[] = [
  'io.k8s.api.core.v1.PodSpec',
  'io.k8s.api.core.v1.Container',
  'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
  'io.k8s.api.core.v1.Volume',
  'io.k8s.api.core.v1.VolumeMount',
  'io.k8s.api.core.v1.Probe',
  'io.k8s.api.core.v1.ContainerPort',
  'io.k8s.api.core.v1.SecurityContext',
  'io.k8s.api.core.v1.PodSecurityContext',
  'io.k8s.api.apps.v1.DeploymentSpec',
  'io.k8s.api.apps.v1.StatefulSetSpec',
  'io.k8s.api.batch.v1.JobSpec',
  'io.k8s.api.batch.v1.CronJobSpec',
];

/**
 * @example definitionNoun('io.k8s.api.core.v1.Container') === 'a container'
 * @example definitionNoun('io.k8s.api.core.v1.GRPCAction') === 'GRPCAction'
 */
export function definitionNoun(definition: string): string {
  return NOUNS[definition] ?? definition.slice(definition.lastIndexOf('.') + 1);
}
