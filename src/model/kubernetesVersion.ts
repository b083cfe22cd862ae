/** The Kubernetes minors (1.29 … 1.36) a design can target: what the version table covers. */
export const SUPPORTED_KUBERNETES_MINORS = [29, 30, 31, 32, 33, 34, 35, 36] as const;

/** A target Kubernetes minor: 30 stands for 1.30. */
export type KubernetesMinor = (typeof SUPPORTED_KUBERNETES_MINORS)[number];

/** The target when none is chosen: the newest supported. */
export const DEFAULT_KUBERNETES_MINOR: KubernetesMinor = 36;

/** `1.30` for 30. */
export function formatKubernetesVersion(minor: number): string {
  return `1.${minor}`;
}

/**
 * The minor of a version as a person writes it ("1.30", "v1.30", "1.30.2"; unquoted YAML reads
 * 1.30 as the number 1.3, which is taken as 1.30 since 1.3 is no supported version), or undefined
 * when it is not a supported one.
 */
export function parseKubernetesVersion(value: unknown): KubernetesMinor | undefined {
  let minor = Number.NaN;
  if (typeof value === 'number') minor = Math.round((value - 1) * 100);
  else if (typeof value === 'string') {
    const match = /^v?1\.(\d+)(?:\.\d+)?$/.exec(value.trim());
    if (match) minor = Number(match[1]);
  }
  return (SUPPORTED_KUBERNETES_MINORS as readonly number[]).includes(minor) ? (minor as KubernetesMinor) : undefined;
}

/** "1.29 to 1.36", for messages. */
export const SUPPORTED_KUBERNETES_RANGE = `${formatKubernetesVersion(SUPPORTED_KUBERNETES_MINORS[0])} to ${formatKubernetesVersion(DEFAULT_KUBERNETES_MINOR)}`;
