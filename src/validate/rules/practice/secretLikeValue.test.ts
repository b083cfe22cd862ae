import { describe, expect, it } from 'vitest';
import { secretLikeValue } from '../../support/secretLikeValue';

describe('secretLikeValue', () => {
  it('recognises secrets by name', () => {
    for (const name of [
      'DB_PASSWORD',
      'API_TOKEN',
      'AWS_SECRET_ACCESS_KEY',
      'clientSecret',
      'STRIPE_API_KEY',
      'JWT_SIGNING_KEY',
      'REDIS_PASSWD',
    ]) {
      expect(secretLikeValue(name, 's3cr3t-value'), name).toBeDefined();
    }
  });

  it('recognises secrets by value', () => {
    expect(secretLikeValue('TLS', '-----BEGIN RSA PRIVATE KEY-----\nMIIE...')).toMatch(/private key/);
    expect(secretLikeValue('DATABASE_URL', 'postgres://app:hunter2@db:5432/app')).toMatch(/password/);
    expect(secretLikeValue('GH', `ghp_${'a'.repeat(36)}`)).toMatch(/GitHub/);
  });

  it('ignores settings that only mention secrets', () => {
    const settings: [string, string][] = [
      ['PASSWORD_FILE', '/run/secrets/db'],
      ['TOKEN_TTL', '3600'],
      ['SECRET_NAME', 'db-credentials'],
      ['AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE'],
      ['TOKEN_URL', 'https://auth.example.com/token'],
      ['REQUIRE_PASSWORD', 'true'],
      ['DB_PASSWORD', ''],
      ['DB_PASSWORD', '$(DB_PASSWORD_FROM_SECRET)'],
      ['DATABASE_URL', 'postgres://app:$(DB_PASSWORD)@db:5432/app'],
      ['PWD', '/app'],
    ];
    for (const [name, value] of settings) expect(secretLikeValue(name, value), `${name}=${value}`).toBeUndefined();
  });
});
