import { field, isJsonObject } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { descendingPathProblems } from '../../../support/volumes/localPath';
import { securityContextOwners } from '../../../support/securityContext/securityContexts';
import { setFieldFix } from '../../../support/fixes/fieldFixes';
import { enumValueMeant } from '../../../support/decoding/decodedValue';

const TYPES = ['RuntimeDefault', 'Unconfined', 'Localhost'];

/**
 * A seccompProfile has a type (RuntimeDefault, Unconfined or
 * Localhost); Localhost needs a localhostProfile, a relative path without "..", and other types
 * have none.
 */
export const apiSeccompProfileRule = defineRule({
  id: 'api/seccomp-profile',
  severity: 'error',
  title: 'A seccomp profile has a known type',
  why: "seccomp limits which system calls a container may make; RuntimeDefault uses the container runtime's profile, Localhost a profile file on the node (a path relative to the kubelet's seccomp directory).",
  docsUrl: 'https://kubernetes.io/docs/tutorials/security/seccomp/',
  appliesTo: 'workload',
  mirrors: ['core.validateSeccompProfileField'],
  check(context, report) {
    for (const owner of securityContextOwners(context)) {
      const { securityContext, path } = owner;
      if (!securityContext || owner.container?.role === 'ephemeral') continue;
      const profile = field(securityContext, 'seccompProfile');
      if (!isJsonObject(profile)) continue;
      const profilePath = [...path, 'seccompProfile'];
      const type = field(profile, 'type');
      const localhostProfile = field(profile, 'localhostProfile');
      if (type !== undefined && type !== null && typeof type !== 'string') continue;
      if (localhostProfile !== undefined && localhostProfile !== null && typeof localhostProfile !== 'string') continue;
      if (!type) {
        report({
          path: [...profilePath, 'type'],
          errorType: 'Required',
          message: `The seccompProfile of ${owner.name} needs a type: RuntimeDefault, Unconfined or Localhost.`,
        });
      } else if (!TYPES.includes(type)) {
        const canonical = enumValueMeant(type, TYPES);
        report({
          path: [...profilePath, 'type'],
          errorType: 'NotSupported',
          message: `"${type}" is not a seccomp profile type; use RuntimeDefault, Unconfined or Localhost.`,
          ...(canonical
            ? { fix: setFieldFix(context, [...profilePath, 'type'], canonical, `Set type to ${canonical}`) }
            : {}),
        });
      }
      const localhostPath = [...profilePath, 'localhostProfile'];
      if (type === 'Localhost') {
        if (typeof localhostProfile !== 'string') {
          report({
            path: localhostPath,
            errorType: 'Required',
            message: `A Localhost seccomp profile of ${owner.name} needs localhostProfile: the profile file relative to the kubelet's seccomp directory.`,
          });
        } else {
          const problems = descendingPathProblems(localhostProfile);
          if (problems.length > 0)
            report({
              path: localhostPath,
              errorType: 'Invalid',
              message: `localhostProfile "${localhostProfile}" ${problems.join(' and ')}.`,
            });
        }
      } else if (typeof localhostProfile === 'string') {
        report({
          path: localhostPath,
          errorType: 'Invalid',
          message: `localhostProfile can only be set when the seccomp type is Localhost.`,
        });
      }
    }
  },
});
