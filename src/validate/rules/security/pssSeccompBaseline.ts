import { field } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { BASELINE_CONSEQUENCE, baselineControl, PSS_BASELINE_DOCS_URL } from '../../support/podSecurity/pssControls';
import { securityContextOwners, isWindowsPod } from '../../support/securityContext/securityContexts';
import { capitalized } from '../../support/capitalized';
import { setFieldFix } from '../../support/fixes/fieldFixes';

/** The seccomp profile types Baseline allows. */
const ALLOWED_SECCOMP_TYPES: ReadonlySet<string> = new Set(['RuntimeDefault', 'Localhost']);

/** Baseline "Seccomp": no Unconfined seccomp profile at pod or container level. */
export const pssSeccompBaselineRule = defineRule({
  id: 'pss/seccomp-baseline',
  severity: 'warning',
  title: 'Do not turn seccomp off (Baseline)',
  why: `Seccomp filters the system calls a container may make; Unconfined lets it call every kernel function, including the ones container escapes rely on. ${BASELINE_CONSEQUENCE}`,
  docsUrl: PSS_BASELINE_DOCS_URL,
  appliesTo: 'workload',
  check(context, report) {
    for (const owner of securityContextOwners(context)) {
      const type = field(field(owner.securityContext, 'seccompProfile'), 'type');
      if (typeof type !== 'string' || ALLOWED_SECCOMP_TYPES.has(type)) continue;
      const profilePath = [...owner.path, 'seccompProfile'];
      report({
        path: [...profilePath, 'type'],
        message: `${capitalized(owner.name)} sets seccompProfile.type: ${type}, so its processes may make any system call.`,
        securityControl: baselineControl('Seccomp'),
        // Windows pods may not set seccompProfile at all (the API server rejects it).
        ...(isWindowsPod(context)
          ? {}
          : {
              fix: setFieldFix(
                context,
                profilePath,
                {
                  type: 'RuntimeDefault',
                },
                'Use the RuntimeDefault seccomp profile',
              ),
            }),
      });
    }
  },
});
