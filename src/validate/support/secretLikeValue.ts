/**
 * Heuristics for secrets written as literal env values: by the variable's name
 * (DB_PASSWORD, API_TOKEN, AWS_SECRET_ACCESS_KEY ...) or by the value's shape (a private key,
 * a URL with a password, well-known token formats).
 */

const SECRET_NAME =
  /PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH_?KEY|SIGNING_?KEY|ENCRYPTION_?KEY/;

/** Names that mention a secret but hold something else: a file path, a length, a Secret's name. */
const NOT_A_SECRET_SUFFIX =
  /_(FILE|PATH|DIR|NAME|REF|ID|KEY_?ID|URL|URI|ENDPOINT|HOST|PORT|LENGTH|LEN|TTL|EXPIRY|EXPIRES|EXPIRATION|TIMEOUT|LIFETIME|ENABLED|ENABLE|DISABLED|REQUIRED|HEADER|TYPE|ALGORITHM|ALG|MODE|FORMAT|VERSION|COUNT|SIZE|MIN|MAX|SECONDS|MINUTES|HOURS|DAYS|MS|LOCATION|MOUNT|SOURCE|PROVIDER|POLICY|ROTATION)$/;

const VALUE_PATTERNS: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/, what: 'a private key' },
  { pattern: /^[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:(?!\$\()[^\s/@]+@/i, what: 'a URL with a password' },
  { pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}/, what: 'a GitHub token' },
  { pattern: /\bgithub_pat_[A-Za-z0-9_]{22,}/, what: 'a GitHub token' },
  { pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/, what: 'a Slack token' },
  { pattern: /\b[sr]k_live_[A-Za-z0-9]{16,}/, what: 'a Stripe key' },
  { pattern: /\bAIza[0-9A-Za-z_-]{35}\b/, what: 'a Google API key' },
];

/** Values that are clearly not the secret itself: flags, numbers, paths, references, URLs. */
function isPlainSetting(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return true;
  if (/^(true|false|yes|no|on|off|enabled|disabled|none|null)$/i.test(trimmed)) return true;
  if (/^-?[0-9]+(\.[0-9]+)?[a-z]{0,2}$/i.test(trimmed)) return true;
  if (trimmed.startsWith('/')) return true;
  if (/^(\$\([^)]*\)|\$\{[^}]*\}|\{\{.*\}\})$/.test(trimmed)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) && !/@/.test(trimmed)) return true;
  return false;
}

/** Why `value` of env var `name` looks like a secret, or undefined. */
export function secretLikeValue(name: string, value: string): string | undefined {
  for (const { pattern, what } of VALUE_PATTERNS) if (pattern.test(value)) return `its value looks like ${what}`;
  const normalized = name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  if (!SECRET_NAME.test(normalized) || NOT_A_SECRET_SUFFIX.test(normalized) || isPlainSetting(value)) return undefined;
  return 'its name says it holds a secret';
}
