import { field, isJsonObject } from '../../../../model/jsonValue';
import { isDns1123Subdomain } from '../../../support/nameFormats';
import { defineRule } from '../../../rule';
import { securityContextOwners } from '../../../support/securityContext/securityContexts';

const MAX_CREDENTIAL_SPEC_BYTES = 64 * 1024;
const MAX_DOMAIN_LENGTH = 256;
const MAX_USER_LENGTH = 104;
const CONTROL_CHARACTERS = /[\x00-\x1f\x7f]/;
const NETBIOS_DOMAIN = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/;
const DNS_DOMAIN =
  /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const INVALID_USER_CHARACTERS = /["/\\:;|=,+*?<>@[\]]/;
const ONLY_DOTS_OR_SPACES = /^[. ]+$/;

/** Why a Windows runAsUserName (`DOMAIN\user` or `user`) is invalid; empty when it is valid. */
function runAsUserNameProblems(name: string): string[] {
  if (name === '') return ['cannot be empty'];
  if (CONTROL_CHARACTERS.test(name)) return ['cannot contain control characters'];
  const parts = name.split('\\');
  if (parts.length > 2) return ['cannot contain more than one backslash'];
  const [domain, user] = parts.length === 1 ? ['', parts[0]!] : [parts[0]!, parts[1]!];
  const problems: string[] = [];
  if (domain.length >= MAX_DOMAIN_LENGTH) problems.push(`the domain must be under ${MAX_DOMAIN_LENGTH} characters`);
  if (parts.length === 2 && !NETBIOS_DOMAIN.test(domain) && !DNS_DOMAIN.test(domain))
    problems.push('the domain is neither a NetBIOS nor a DNS name');
  if (user === '') problems.push('the user cannot be empty');
  else if (user.length > MAX_USER_LENGTH) problems.push(`the user may be at most ${MAX_USER_LENGTH} characters`);
  if (ONLY_DOTS_OR_SPACES.test(user)) problems.push('the user cannot be only dots or spaces');
  if (INVALID_USER_CHARACTERS.test(user))
    problems.push('the user cannot contain any of " / \\ : ; | = , + * ? < > @ [ ]');
  return problems;
}

/**
 * Windows security options — gmsaCredentialSpecName is a DNS subdomain,
 * gmsaCredentialSpec is not empty and under 64 KiB, runAsUserName is a valid `DOMAIN\user`.
 */
export const apiWindowsOptionsRule = defineRule({
  id: 'api/windows-options',
  severity: 'error',
  title: 'Windows security options are well formed',
  why: 'On Windows nodes a container can run as a named Windows user (DOMAIN\\user) or with a group managed service account credential spec; Kubernetes checks these names before the node has to.',
  docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-runasusername/',
  appliesTo: 'workload',
  mirrors: ['core.validateWindowsSecurityContextOptions'],
  check(context, report) {
    for (const owner of securityContextOwners(context)) {
      const { securityContext, path } = owner;
      if (!securityContext || owner.container?.role === 'ephemeral') continue;
      const options = field(securityContext, 'windowsOptions');
      if (!isJsonObject(options)) continue;
      const optionsPath = [...path, 'windowsOptions'];
      const specName = field(options, 'gmsaCredentialSpecName');
      if (typeof specName === 'string' && !isDns1123Subdomain(specName)) {
        report({
          path: [...optionsPath, 'gmsaCredentialSpecName'],
          errorType: 'Invalid',
          message: `"${specName}" is not a valid GMSACredentialSpec name (a lowercase DNS subdomain).`,
        });
      }
      const spec = field(options, 'gmsaCredentialSpec');
      if (
        typeof spec === 'string' &&
        (spec === '' || new TextEncoder().encode(spec).length > MAX_CREDENTIAL_SPEC_BYTES)
      ) {
        report({
          path: [...optionsPath, 'gmsaCredentialSpec'],
          errorType: 'Invalid',
          message: spec === '' ? 'gmsaCredentialSpec cannot be empty.' : 'gmsaCredentialSpec must be under 64 KiB.',
        });
      }
      const userName = field(options, 'runAsUserName');
      if (typeof userName !== 'string') continue;
      const problems = runAsUserNameProblems(userName);
      if (problems.length > 0) {
        report({
          path: [...optionsPath, 'runAsUserName'],
          errorType: 'Invalid',
          message: `runAsUserName "${userName}": ${problems.join('; ')}.`,
        });
      }
    }
  },
});
