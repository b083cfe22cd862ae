import type { DataPath } from '../../../../model/dataPath';
import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import type { ReportFinding } from '../volumes/volumeCheck';
import { securityContexts } from './securityContexts';

const MAX_ID = 0xffffffff;

function checkId(value: unknown, path: DataPath, what: string, owner: string, report: ReportFinding): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || (value >= 0 && value <= MAX_ID)) return;
  report({ path, errorType: 'Invalid', message: `The ${what} ${value} of ${owner} must be between 0 and ${MAX_ID}.` });
}

/**
 * API server rules 128 and 129: user and group ids (runAsUser, runAsGroup, fsGroup,
 * supplementalGroups) are between 0 and 4294967295. 0 (root) is valid here; whether it is wise is
 * a security question, not an API one.
 */
export const securityContextIdsRule = defineRule({
  id: 'api/security-context-ids',
  family: 'api',
  severity: 'error',
  title: 'User and group ids are between 0 and 4294967295',
  why: 'Linux user and group ids are unsigned 32-bit numbers, so a negative id (or one above 4294967295) cannot exist.',
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
  appliesTo: 'workload',
  check(context, report) {
    for (const { securityContext, path, slot, owner } of securityContexts(context, { pod: true, containers: true })) {
      checkId(field(securityContext, 'runAsUser'), [...path, 'runAsUser'], 'runAsUser', owner, report);
      checkId(field(securityContext, 'runAsGroup'), [...path, 'runAsGroup'], 'runAsGroup', owner, report);
      if (slot) continue;
      checkId(field(securityContext, 'fsGroup'), [...path, 'fsGroup'], 'fsGroup', owner, report);
      const groups = field(securityContext, 'supplementalGroups');
      if (Array.isArray(groups))
        groups.forEach((group, index) => {
          checkId(group, [...path, 'supplementalGroups', index], 'supplemental group', owner, report);
        });
    }
  },
});
