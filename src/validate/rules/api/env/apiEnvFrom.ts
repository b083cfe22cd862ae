import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { dns1123SubdomainPrefixProblems, isRelaxedEnvVarName, isShellIdentifier } from '../../../support/nameFormats';
import { decodedString, isAbsent, presentObject } from '../../../support/decoding/decodedValue';
import { markerForMissing } from '../../../support/markerForMissing';
import { containerEnvFrom } from '../../../support/containers/containerEnv';

const SOURCES = [
  { key: 'configMapRef', kind: 'ConfigMap' },
  { key: 'secretRef', kind: 'Secret' },
] as const;

/**
 * Each envFrom entry names exactly one of configMapRef or secretRef (the
 * server reports this at `envFrom`, without the index), with a valid object name; a prefix follows
 * the env var name rule. A prefix that is not a shell identifier gets an info finding.
 */
export const apiEnvFromRule = defineRule({
  id: 'api/env-from',
  severity: 'error',
  title: 'envFrom entries name one ConfigMap or Secret',
  why: 'envFrom turns every key of one ConfigMap or Secret into environment variables (optionally with a prefix); each entry must say which single object to read, by a valid name.',
  docsUrl:
    'https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/#configure-all-key-value-pairs-in-a-configmap-as-container-environment-variables',
  appliesTo: 'workload',
  mirrors: ['core.ValidateEnvFrom'],
  check(context, report) {
    for (const entry of containerEnvFrom(context)) {
      const prefix = decodedString(field(entry.entry, 'prefix'));
      if (prefix) {
        const prefixPath = [...entry.path, 'prefix'];
        if (!isRelaxedEnvVarName(prefix)) {
          report({
            path: prefixPath,
            errorType: 'Invalid',
            message: prefix.includes('=')
              ? `Prefix "${prefix}" must not contain "=".`
              : `Prefix ${JSON.stringify(prefix)} may contain only printable ASCII characters.`,
          });
        } else if (!isShellIdentifier(prefix)) {
          report({
            path: prefixPath,
            severity: 'info',
            message: `Prefix "${prefix}" makes variable names that are not portable shell identifiers: some images' shells cannot read them. Prefer letters, digits and "_", not starting with a digit.`,
          });
        }
      }
      const present = SOURCES.filter(({ key }) => !isAbsent(field(entry.entry, key)));
      if (present.length !== 1) {
        report({
          path: entry.path.slice(0, -1),
          markerPath: entry.path,
          errorType: 'Invalid',
          message:
            present.length === 0
              ? 'This envFrom entry names no source: set configMapRef or secretRef.'
              : 'This envFrom entry sets both configMapRef and secretRef: use one entry for each.',
        });
      }
      for (const { key, kind } of present) {
        const source = presentObject(field(entry.entry, key));
        const name = decodedString(field(source, 'name'));
        if (!source || name === undefined) continue;
        const namePath = [...entry.path, key, 'name'];
        if (name === '') {
          report({
            path: namePath,
            markerPath: markerForMissing(context.object, namePath),
            errorType: 'Required',
            message: `${key} needs the name of the ${kind} to read.`,
          });
          continue;
        }
        const problems = dns1123SubdomainPrefixProblems(name);
        if (problems.length > 0)
          report({
            path: namePath,
            errorType: 'Invalid',
            message: `${kind} name "${name}" ${problems.join(' and ')}.`,
          });
      }
    }
  },
});
