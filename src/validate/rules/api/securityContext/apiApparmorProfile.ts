import { field, isJsonObject } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { securityContextOwners } from '../../../support/securityContext/securityContexts';
import { setFieldFix } from '../../../support/fixes/fieldFixes';
import { enumValueMeant } from '../../../support/decoding/decodedValue';

const TYPES = ['RuntimeDefault', 'Unconfined', 'Localhost'];
const MAX_PROFILE_LENGTH = 4095;

/**
 * An appArmorProfile has a type; Localhost needs a localhostProfile that is
 * not blank, not padded with spaces and at most 4095 characters, and other types have none.
 */
export const apiApparmorProfileRule = defineRule({
  id: 'api/apparmor-profile',
  severity: 'error',
  title: 'An AppArmor profile has a known type',
  why: "AppArmor restricts what a container may access; RuntimeDefault uses the runtime's profile and Localhost names a profile loaded on the node, by its exact name.",
  docsUrl: 'https://kubernetes.io/docs/tutorials/security/apparmor/',
  appliesTo: 'workload',
  mirrors: ['core.ValidateAppArmorProfileField'],
  check(context, report) {
    for (const owner of securityContextOwners(context)) {
      const { securityContext, path } = owner;
      if (!securityContext || owner.container?.role === 'ephemeral') continue;
      const profile = field(securityContext, 'appArmorProfile');
      if (!isJsonObject(profile)) continue;
      const profilePath = [...path, 'appArmorProfile'];
      const localhostPath = [...profilePath, 'localhostProfile'];
      const type = field(profile, 'type');
      const localhostProfile = field(profile, 'localhostProfile');
      if (type !== undefined && type !== null && typeof type !== 'string') continue;
      if (localhostProfile !== undefined && localhostProfile !== null && typeof localhostProfile !== 'string') continue;
      switch (type) {
        case 'Localhost':
          if (typeof localhostProfile !== 'string' || localhostProfile.trim() === '') {
            if (typeof localhostProfile === 'string' && localhostProfile !== localhostProfile.trim()) {
              report({
                path: localhostPath,
                errorType: 'Invalid',
                message: 'localhostProfile must not be padded with spaces.',
              });
            } else {
              report({
                path: localhostPath,
                errorType: 'Required',
                message: `A Localhost AppArmor profile of ${owner.name} needs localhostProfile: the name of a profile loaded on the node.`,
              });
            }
          } else if (localhostProfile !== localhostProfile.trim()) {
            report({
              path: localhostPath,
              errorType: 'Invalid',
              message: `localhostProfile "${localhostProfile}" must not be padded with spaces.`,
            });
          }
          if (typeof localhostProfile === 'string' && localhostProfile.length > MAX_PROFILE_LENGTH) {
            report({
              path: localhostPath,
              errorType: 'TooLong',
              message: `localhostProfile may be at most ${MAX_PROFILE_LENGTH} characters.`,
            });
          }
          break;
        case 'RuntimeDefault':
        case 'Unconfined':
          if (typeof localhostProfile === 'string') {
            report({
              path: localhostPath,
              errorType: 'Invalid',
              message: 'localhostProfile can only be set when the AppArmor type is Localhost.',
            });
          }
          break;
        case undefined:
        case null:
        case '':
          report({
            path: [...profilePath, 'type'],
            errorType: 'Required',
            message: `The appArmorProfile of ${owner.name} needs a type: RuntimeDefault, Unconfined or Localhost.`,
          });
          break;
        default: {
          const canonical = enumValueMeant(type, TYPES);
          report({
            path: [...profilePath, 'type'],
            errorType: 'NotSupported',
            message: `"${type}" is not an AppArmor profile type; use RuntimeDefault, Unconfined or Localhost.`,
            ...(canonical
              ? { fix: setFieldFix(context, [...profilePath, 'type'], canonical, `Set type to ${canonical}`) }
              : {}),
          });
        }
      }
    }
  },
});
