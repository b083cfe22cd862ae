/** Name and value formats of the Kubernetes API (apimachinery's validation package). */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const IANA_SVC_NAME_CHARS = /^[-a-z0-9]+$/;
const C_IDENTIFIER_LIKE_ENV = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

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
    else if (!isDns1123Subdomain(prefix)) problems.push('the prefix before "/" must be a lowercase DNS subdomain (like example.com)');
  }
  if (name === '') problems.push('the name part must not be empty');
  else if (name.length > 63) problems.push('the name part must be at most 63 characters');
  else if (!QUALIFIED_NAME_PART.test(name)) {
    problems.push('the name part may contain only letters, digits, "-", "_" and ".", and must start and end with a letter or digit');
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

/** The strict, portable env var name rule of Kubernetes before 1.32 (what shells accept best). */
export function isPortableEnvVarName(value: string): boolean {
  return C_IDENTIFIER_LIKE_ENV.test(value) && value !== '.' && value !== '..' && !value.startsWith('..');
}
