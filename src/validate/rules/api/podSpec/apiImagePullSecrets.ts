import { field, isJsonObject } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedList, decodedString } from '../../../support/decoding/decodedValue';

/**
 * ImagePullSecrets entries only carry a name (anything else is an
 * unknown field, the schema rules' business); an empty or repeated name is accepted with a warning.
 */
export const apiImagePullSecretsRule = defineRule({
  id: 'api/image-pull-secrets',
  severity: 'warning',
  title: 'imagePullSecrets name each Secret once',
  why: 'Each entry names a Secret with registry credentials that the kubelet tries when pulling images; an empty name points at nothing, and a repeated one is just noise.',
  docsUrl: 'https://kubernetes.io/docs/concepts/containers/images/#specifying-imagepullsecrets-on-a-pod',
  appliesTo: 'workload',
  mirrors: ['core.validateImagePullSecrets', 'podWarnings.warningsForPodSpecAndMeta'],
  check(context, report) {
    const secrets = decodedList(field(context.podSpec, 'imagePullSecrets'));
    if (!secrets) return;
    const seen = new Set<string>();
    secrets.forEach((secret, index) => {
      if (!isJsonObject(secret)) return;
      const name = decodedString(field(secret, 'name'));
      if (name === undefined) return;
      const path = [...context.podSpecPath, 'imagePullSecrets', index, 'name'];
      if (secrets.length > 1 && seen.has(name)) {
        report({ path, message: `Image pull secret "${name}" is listed twice.` });
      }
      seen.add(name);
      if (name === '') report({ path, message: 'This image pull secret has no name, so it refers to no Secret.' });
    });
  },
});
