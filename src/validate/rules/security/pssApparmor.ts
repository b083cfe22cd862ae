import { field, isJsonObject } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { BASELINE_CONSEQUENCE, baselineControl, PSS_BASELINE_DOCS_URL } from '../../support/podSecurity/pssControls';
import { securityContextOwners, isWindowsPod } from '../../support/securityContext/securityContexts';
import { capitalized } from '../../support/capitalized';
import { setFieldFix } from '../../support/fixes/fieldFixes';

const ALLOWED_TYPES = new Set(['RuntimeDefault', 'Localhost']);
const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

/** Baseline "AppArmor": no Unconfined profile, by field (pod, containers) or by the older annotation. */
export const pssApparmorRule = defineRule({
  id: 'pss/apparmor',
  severity: 'warning',
  title: 'Keep an AppArmor profile (Baseline)',
  why: `On nodes with AppArmor, the runtime's default profile blocks dangerous actions such as mounting file systems or writing to /proc; Unconfined switches that protection off. ${BASELINE_CONSEQUENCE}`,
  docsUrl: PSS_BASELINE_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    const securityControl = baselineControl('AppArmor');
    for (const owner of securityContextOwners(context)) {
      const type = field(field(owner.securityContext, 'appArmorProfile'), 'type');
      if (typeof type !== 'string' || ALLOWED_TYPES.has(type)) continue;
      const profilePath = [...owner.path, 'appArmorProfile'];
      report({
        path: [...profilePath, 'type'],
        message: `${capitalized(owner.name)} sets appArmorProfile.type: ${type}, which runs without AppArmor protection.`,
        securityControl,
        ...(isWindowsPod(context)
          ? {}
          : {
              fix: setFieldFix(
                context,
                profilePath,
                {
                  type: 'RuntimeDefault',
                },
                'Use the RuntimeDefault AppArmor profile',
              ),
            }),
      });
    }
    const annotations = field(context.podMetadata, 'annotations');
    if (!isJsonObject(annotations)) return;
    for (const key of Object.keys(annotations)) {
      if (!key.startsWith(ANNOTATION_PREFIX)) continue;
      const value = annotations[key];
      if (value === undefined || value === null || value === '' || value === 'runtime/default') continue;
      if (typeof value === 'string' && value.startsWith('localhost/')) continue;
      const path = [...context.podMetadataPath, 'annotations', key];
      report({
        path,
        message: `The annotation ${key} is "${String(value)}": container "${key.slice(ANNOTATION_PREFIX.length)}" runs without AppArmor protection.`,
        securityControl,
        fix: setFieldFix(context, path, 'runtime/default', 'Set the annotation to runtime/default'),
      });
    }
  },
});
