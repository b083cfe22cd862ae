/** Name and value formats of the Kubernetes API (apimachinery's validation package). */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const IANA_SVC_NAME_CHARS = /^[-a-z0-9]+$/;

/** A DNS-1123 label: at most 63 of a-z, 0-9 and '-', starting and ending alphanumeric. */
export function isDns1123Label(value: string): boolean {
  return value.length <= 63 && DNS1123_LABEL.test(value);
}

/** A DNS-1123 subdomain: labels joined by dots, at most 253 characters. */
export function isDns1123Subdomain(value: string): boolean {
  return value.length <= 253 && DNS1123_SUBDOMAIN.test(value);
}

/**
 * Why `value` is not a qualified name (label and annotation keys, finalizers ...): an optional
 * DNS-subdomain prefix and `/`, then a name of at most 63 characters. Empty when it is valid.
 */
export function qualifiedNameProblems(value: string): string[] {
  const parts = value.split('/');
  let name = value;
  const problems: string[] = [];
  if (parts.length > 2) return ['a qualified name may contain at most one "/"'];
  if (parts.length === 2) {
    const prefix = parts[0]!;
    name = parts[1]!;
    if (prefix === '') problems.push('the prefix before "/" must not be empty');
    else if (!isDns1123Subdomain(prefix))
      problems.push('the prefix before "/" must be a lowercase DNS subdomain (like example.com)');
  }
  if (name === '') problems.push('the name part must not be empty');
  else if (name.length > 63) problems.push('the name part must be at most 63 characters');
  else if (!QUALIFIED_NAME_PART.test(name)) {
    problems.push(
      'the name part may contain only letters, digits, "-", "_" and ".", and must start and end with a letter or digit',
    );
  }
  return problems;
}

export function isQualifiedName(value: string): boolean {
  return qualifiedNameProblems(value).length === 0;
}

/** A label value: empty, or at most 63 letters, digits, "-", "_", "." starting and ending alphanumeric. */
export function isLabelValue(value: string): boolean {
  return value.length <= 63 && LABEL_VALUE.test(value);
}

/**
 * Why `value` is not an IANA service name (container port names): 1–15 characters of a-z, 0-9
 * and '-', at least one letter, no '--', not starting or ending with '-'. Empty when valid.
 */
export function ianaServiceNameProblems(value: string): string[] {
  const problems: string[] = [];
  if (value.length > 15) problems.push('must be no more than 15 characters');
  if (!IANA_SVC_NAME_CHARS.test(value)) problems.push('must contain only lowercase letters, digits and "-"');
  if (value.includes('--')) problems.push('must not contain consecutive hyphens');
  if (!/[a-z]/.test(value)) problems.push('must contain at least one letter');
  if (value.startsWith('-') || value.endsWith('-')) problems.push('must not begin or end with a hyphen');
  return problems;
}

export function isIanaServiceName(value: string): boolean {
  return value !== '' && ianaServiceNameProblems(value).length === 0;
}

/**
 * An environment variable name as Kubernetes 1.34+ accepts it (RelaxedEnvironmentVariableValidation,
 * GA): any printable ASCII character except '='.
 */
export function isRelaxedEnvVarName(value: string): boolean {
  return value !== '' && /^[\x20-\x7e]+$/.test(value) && !value.includes('=');
}

// ---------------------------------------------------------------------------------------------
// More formats of apimachinery's validation package (IsDNS1123Label, IsDNS1035Label, IsIP ...).

const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN_WITH_UNDERSCORE = /^_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*$/;
const CONFIG_MAP_KEY = /^[-._a-zA-Z0-9]+$/;
const SHELL_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const IPV4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/**
 * Why `value` is not a DNS-1123 label (container, volume and port-less names), in the order the
 * API server lists them. Empty when it is valid.
 */
export function dns1123LabelProblems(value: string): string[] {
  const problems: string[] = [];
  if (value.length > 63) problems.push('must be no more than 63 characters');
  if (!DNS1123_LABEL.test(value)) {
    problems.push(
      DNS1123_SUBDOMAIN.test(value)
        ? 'must not contain dots'
        : 'must consist of lowercase letters, digits and "-", and start and end with a letter or digit',
    );
  }
  return problems;
}

/** Why `value` is not a DNS-1123 subdomain (object names, references to objects). Empty when valid. */
export function dns1123SubdomainProblems(value: string): string[] {
  const problems: string[] = [];
  if (value.length > 253) problems.push('must be no more than 253 characters');
  if (!DNS1123_SUBDOMAIN.test(value)) {
    problems.push('must consist of lowercase letters, digits, "-" and ".", and start and end with a letter or digit');
  }
  return problems;
}

/**
 * The name check of `generateName` prefixes and of `envFrom` references (apimachinery's
 * NameIsDNSSubdomain with prefix=true): a trailing "-" is masked before the subdomain check, and
 * the mask replaces the last two characters by "a", exactly as the API server does.
 * @example dns1123SubdomainPrefixProblems('web-') → []
 */
export function dns1123SubdomainPrefixProblems(value: string): string[] {
  const masked = value.length > 1 && value.endsWith('-') ? `${value.slice(0, -2)}a` : value;
  return dns1123SubdomainProblems(masked);
}

/** A DNS-1035 label (Service names): like a DNS-1123 label, but starting with a letter. */
export function isDns1035Label(value: string): boolean {
  return value.length <= 63 && DNS1035_LABEL.test(value);
}

/** A DNS subdomain whose labels may also contain "_" (and start with one): DNS search domains. */
export function isDns1123SubdomainWithUnderscore(value: string): boolean {
  return value.length <= 253 && DNS1123_SUBDOMAIN_WITH_UNDERSCORE.test(value);
}

/** Why `value` is not a label value (at most 63 characters, alphanumeric at both ends). Empty when valid. */
export function labelValueProblems(value: string): string[] {
  const problems: string[] = [];
  if (value.length > 63) problems.push('must be no more than 63 characters');
  if (!LABEL_VALUE.test(value)) {
    problems.push('may contain only letters, digits, "-", "_" and ".", and must start and end with a letter or digit');
  }
  return problems;
}

/** Why `value` is not a ConfigMap or Secret key (`[-._a-zA-Z0-9]+`, at most 253, not "." or "..*"). */
export function configMapKeyProblems(value: string): string[] {
  const problems: string[] = [];
  if (value.length > 253) problems.push('must be no more than 253 characters');
  if (!CONFIG_MAP_KEY.test(value)) problems.push('may contain only letters, digits, "-", "_" and "."');
  if (value === '.') problems.push('must not be "."');
  else if (value === '..') problems.push('must not be ".."');
  else if (value.startsWith('..')) problems.push('must not start with ".."');
  return problems;
}

/** A name a POSIX shell can expand as `$NAME`: letters, digits and "_", not starting with a digit. */
export function isShellIdentifier(value: string): boolean {
  return SHELL_IDENTIFIER.test(value);
}

/**
 * An IP address as the API server parses it (Go's net.ParseIP in its "sloppy" form, which still
 * accepts IPv4 parts with leading zeros): dotted IPv4, or IPv6 with an optional embedded IPv4
 * tail. Zones (`%eth0`) and CIDR suffixes are not addresses.
 * @example isIpAddress('10.0.0.1') && isIpAddress('2001:db8::1') && !isIpAddress('10.0.0.256')
 */
export function isIpAddress(value: string): boolean {
  return isIpv4Address(value) || isIpv6Address(value);
}

function isIpv4Address(value: string): boolean {
  const match = IPV4.exec(value);
  return match?.slice(1).every((part) => Number(part) <= 255) ?? false;
}

function isIpv6Address(value: string): boolean {
  if (!value.includes(':')) return false;
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groupsOf = (text: string): string[] | null => (text === '' ? [] : text.split(':'));
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (head === null || tail === null) return false;
  const groups = [...head, ...tail];
  let count = 0;
  for (let index = 0; index < groups.length; index++) {
    const group = groups[index]!;
    const isLast = index === groups.length - 1;
    if (isLast && group.includes('.')) {
      if (!isIpv4Address(group)) return false;
      count += 2;
    } else if (HEX_GROUP.test(group)) count += 1;
    else return false;
  }
  return halves.length === 2 ? count < 8 : count === 8;
}
