import type { SecurityControl } from '../../finding';

/**
 * The controls of the Pod Security Standards, named and ordered as
 * https://kubernetes.io/docs/concepts/security/pod-security-standards/ titles them.
 */
export const BASELINE_CONTROLS = [
  'HostProcess',
  'Host Namespaces',
  'Privileged Containers',
  'Capabilities',
  'HostPath Volumes',
  'Host Ports',
  'Host Probes / Lifecycle Hooks',
  'AppArmor',
  'SELinux',
  '/proc Mount Type',
  'Seccomp',
  'Sysctls',
] as const;

export const RESTRICTED_CONTROLS = [
  'Volume Types',
  'Privilege Escalation',
  'Running as Non-root',
  'Running as Non-root user',
  'Seccomp',
  'Capabilities',
] as const;

export type BaselineControlName = (typeof BASELINE_CONTROLS)[number];
export type RestrictedControlName = (typeof RESTRICTED_CONTROLS)[number];

export const PSS_BASELINE_DOCS_URL = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline';
export const PSS_RESTRICTED_DOCS_URL =
  'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted';

export function baselineControl(control: BaselineControlName): SecurityControl {
  return { level: 'baseline', control };
}

export function restrictedControl(control: RestrictedControlName): SecurityControl {
  return { level: 'restricted', control };
}

/** Ends every Baseline rule's why: what the level means for the pod. */
export const BASELINE_CONSEQUENCE =
  'Pod Security Baseline forbids it, so a namespace that enforces Baseline rejects this pod.';

/** Ends every Restricted rule's why: why it is only advice here. */
export const RESTRICTED_CONSEQUENCE =
  'It is a rule of Pod Security Restricted, the hardened level: a namespace that enforces Restricted rejects this pod, so it is advice (info) for pods that may run there.';
