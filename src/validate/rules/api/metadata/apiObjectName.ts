import { field } from '../../../../model/jsonValue';
import { isWorkloadKind } from '../../../../model/workloadKinds';
import { defineRule } from '../../../rule';
import {
  dns1123SubdomainPrefixProblems,
  dns1123SubdomainProblems,
  isDns1035Label,
  isDns1123Subdomain,
} from '../../../support/nameFormats';
import { decodedString } from '../../../support/decoding/decodedValue';
import { markerForMissing } from '../../../support/markerForMissing';
import { SUBDOMAIN_NAMED_KINDS } from '../../../support/metadata/metadataScopes';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

/** apimachinery's maskTrailingDash: a generateName may end in "-" (the last two characters become "a"). */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
}

/**
 * An object needs metadata.name (or generateName, with which the server
 * generates one), in the format of its kind: a DNS subdomain for Pods, controllers, ConfigMaps,
 * Secrets …, a DNS-1035 label for Services. Pod templates' names are not checked.
 */
export const apiObjectNameRule = defineRule({
  id: 'api/object-name',
  severity: 'error',
  title: 'Objects have a valid name',
  why: 'The name identifies the object in its namespace (kubectl get pod NAME) and often becomes part of DNS names and of the names of the Pods it creates, so it must be set and be lowercase letters, digits, "-" and ".".',
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names',
  appliesTo: 'any',
  mirrors: ['objectMeta.ValidateObjectMeta'],
  check(context, report) {
    const kind = context.kind;
    const isService = kind === 'Service';
    if (kind === undefined || (!SUBDOMAIN_NAMED_KINDS.has(kind) && !isService)) return;
    const metadata = field(context.object, 'metadata');
    if (metadata !== undefined && metadata !== null && typeof metadata !== 'object') return;
    const name = decodedString(field(metadata, 'name'));
    const generateName = decodedString(field(metadata, 'generateName'));
    if (name === undefined || generateName === undefined) return;
    if (generateName !== '') {
      const problems = isService
        ? isDns1035Label(maskTrailingDash(generateName))
          ? []
          : ['must be lowercase letters, digits and "-", starting with a letter']
        : dns1123SubdomainPrefixProblems(generateName);
      if (problems.length > 0) {
        report({
          path: ['metadata', 'generateName'],
          errorType: 'Invalid',
          message: `generateName "${generateName}" ${problems.join(' and ')} (a trailing "-" is fine).`,
        });
      }
    }
    if (name === '') {
      if (generateName !== '') return;
      const path = ['metadata', 'name'];
      report({
        path,
        markerPath: markerForMissing(context.object, path),
        errorType: 'Required',
        message: `This ${kind} has no name: set metadata.name.`,
      });
      return;
    }
    const path = ['metadata', 'name'];
    if (isService) {
      if (!isDns1035Label(name)) {
        report({
          path,
          errorType: 'Invalid',
          message: `Service name "${name}" must be at most 63 lowercase letters, digits and "-", starting with a letter and ending with a letter or digit.`,
        });
      }
      return;
    }
    const problems = dns1123SubdomainProblems(name);
    if (problems.length === 0) return;
    const lowercase = name.toLowerCase();
    const canFix = isWorkloadKind(kind) && lowercase !== name && isDns1123Subdomain(lowercase);
    report({
      path,
      errorType: 'Invalid',
      message: `${kind} name "${name}" ${problems.join(' and ')}.`,
      ...(canFix ? { fix: setFieldFix(context, path, lowercase, `Rename to "${lowercase}"`) } : {}),
    });
  },
});
