import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { isRelaxedEnvVarName, isShellIdentifier } from '../../../support/nameFormats';
import { decodedString } from '../../../support/decoding/decodedValue';
import { markerForMissing } from '../../../support/markerForMissing';
import { containerEnv } from '../../../support/containers/containerEnv';

const NOT_PORTABLE_WHY =
  'Kubernetes 1.34+ accepts any printable name, but a shell (sh, bash) can only expand names made of letters, digits and "_" that do not start with a digit: a script or command like "$(MY-VAR)" in an image that reads its settings through the shell will not see this variable.';

/**
 * An env var needs a name, which may use any printable ASCII character
 * except "=" (RelaxedEnvironmentVariableValidation, GA in 1.34). A name that is not a portable
 * shell identifier gets an info finding, because many images read their settings through a shell.
 */
export const apiEnvNameRule = defineRule({
  id: 'api/env-name',
  severity: 'error',
  title: 'Environment variable names are printable and contain no "="',
  why: 'An environment variable is passed to the process as NAME=value, so the name cannot contain "=" and must be plain printable text.',
  docsUrl: 'https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/',
  appliesTo: 'workload',
  mirrors: ['core.ValidateEnv'],
  check(context, report) {
    for (const env of containerEnv(context)) {
      const name = decodedString(field(env.entry, 'name'));
      if (name === undefined || (name !== '' && isShellIdentifier(name))) continue;
      const path = [...env.path, 'name'];
      if (name === '') {
        report({
          path,
          markerPath: markerForMissing(context.object, path),
          errorType: 'Required',
          message: 'This environment variable has no name.',
        });
      } else if (!isRelaxedEnvVarName(name)) {
        report({
          path,
          errorType: 'Invalid',
          message: name.includes('=')
            ? `Environment variable name "${name}" must not contain "=".`
            : `Environment variable name ${JSON.stringify(name)} may contain only printable ASCII characters (no tabs, line breaks or accented letters).`,
        });
      } else if (!isShellIdentifier(name)) {
        report({
          path,
          severity: 'info',
          why: NOT_PORTABLE_WHY,
          message: `Environment variable name "${name}" is not a portable shell identifier: some images' shells cannot read it. Prefer letters, digits and "_" (like ${suggestedName(name)}).`,
        });
      }
    }
  },
});

function suggestedName(name: string): string {
  const replaced = name.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(replaced) ? `_${replaced}` : replaced;
}
