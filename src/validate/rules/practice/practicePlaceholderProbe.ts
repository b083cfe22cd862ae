import { field, isJsonArray } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { validatedProbes } from '../../support/probes/validatedProbes';

/** Commands that succeed whatever state the container is in: `true`, `:`, `exit 0`, in a shell or not. */
const ALWAYS_SUCCEEDS = /^\s*(true|:|exit 0|\/bin\/true|\/usr\/bin\/true)\s*;?\s*(#.*)?$/;
const SHELLS = new Set(['sh', 'bash', '/bin/sh', '/bin/bash', 'ash', '/bin/ash']);

/** The script an exec probe runs, when it is a single command that always succeeds. */
function alwaysSucceeds(command: readonly unknown[]): boolean {
  if (!command.every((part) => typeof part === 'string')) return false;
  const parts = command as readonly string[];
  if (parts.length === 1) return ALWAYS_SUCCEEDS.test(parts[0]!);
  return parts.length === 3 && SHELLS.has(parts[0]!) && parts[1] === '-c' && ALWAYS_SUCCEEDS.test(parts[2]!);
}

/**
 * An exec probe whose command always succeeds (`true`, `sh -c "exit 0"`): it checks nothing. The
 * palette writes one, marked as a placeholder, for a container with no port to check; this says
 * to replace it.
 */
export const practicePlaceholderProbeRule = defineRule({
  id: 'practice/placeholder-probe',
  severity: 'info',
  title: 'A probe checks something that can fail',
  why: 'A probe whose command always succeeds tells the kubelet nothing: a hung or broken container is still "live" and "ready". Use a command that fails when the container cannot do its work (a heartbeat file it updates, a request to its own socket), or leave the probe out.',
  docsUrl:
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#define-a-liveness-command',
  appliesTo: 'workload',
  check(context, report) {
    for (const { probe, path, label } of validatedProbes(context)) {
      const command = field(field(probe, 'exec'), 'command');
      if (!isJsonArray(command) || !alwaysSucceeds(command)) continue;
      report({
        path: [...path, 'exec', 'command'],
        message: `${label} runs a command that always succeeds: it is a placeholder that checks nothing. Replace it with a command that fails when the container is unhealthy, or remove the probe.`,
      });
    }
  },
});
