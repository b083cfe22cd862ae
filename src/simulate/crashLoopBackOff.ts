/** The kubelet's default crash-loop back-off: 10 s, doubling, capped at 5 minutes. */
export const BACK_OFF_INITIAL_SECONDS = 10;
export const BACK_OFF_MAX_SECONDS = 300;

/**
 * How long the kubelet waits, after a container exited, before restart number `restart`
 * (1-based). The first restart is immediate: the kubelet records a 10 s back-off only when it
 * restarts, and checks it at the next exit (kuberuntime `doBackOff`). Then 10, 20, 40 … 300 s.
 * @example [1, 2, 3, 4].map(backOffBeforeRestart) // [0, 10, 20, 40]
 */
export function backOffBeforeRestart(restart: number): number {
  if (restart <= 1) return 0;
  return Math.min(BACK_OFF_MAX_SECONDS, BACK_OFF_INITIAL_SECONDS * 2 ** (restart - 2));
}
