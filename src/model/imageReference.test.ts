import { describe, expect, it } from 'vitest';
import {
  imagePinning,
  isPinnedImage,
  parseImageReference,
  readImageReference,
  type ImageReference,
} from './imageReference';

function parsed(text: string): ImageReference {
  const result = readImageReference(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.problem}`);
  return result.reference;
}

describe('readImageReference', () => {
  it('reads Docker Hub shorthand with and without a tag', () => {
    expect(parsed('nginx')).toEqual({ registry: undefined, repository: 'nginx', tag: undefined, digest: undefined });
    expect(parsed('nginx:1.27')).toEqual({ registry: undefined, repository: 'nginx', tag: '1.27', digest: undefined });
    expect(parsed('bitnami/redis:7.2')).toMatchObject({ registry: undefined, repository: 'bitnami/redis', tag: '7.2' });
  });

  it('treats the port of a registry as a port, not as a tag', () => {
    expect(parsed('registry:5000/app')).toMatchObject({ registry: 'registry:5000', repository: 'app', tag: undefined });
    expect(parsed('registry:5000/team/app:2.1')).toMatchObject({
      registry: 'registry:5000',
      repository: 'team/app',
      tag: '2.1',
    });
    expect(parsed('localhost/app')).toMatchObject({ registry: 'localhost', repository: 'app', tag: undefined });
    expect(parsed('ghcr.io/org/tool:v1')).toMatchObject({ registry: 'ghcr.io', repository: 'org/tool', tag: 'v1' });
    expect(parsed('[::1]:5000/app:1')).toMatchObject({ registry: '[::1]:5000', repository: 'app', tag: '1' });
  });

  it('reads digests, alone or after a tag', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(parsed(`app@${digest}`)).toMatchObject({ repository: 'app', tag: undefined, digest });
    expect(parsed(`registry:5000/app:1.0@${digest}`)).toMatchObject({ registry: 'registry:5000', tag: '1.0', digest });
  });

  it('explains references a runtime refuses', () => {
    const problem = (text: string): string | undefined => {
      const result = readImageReference(text);
      return result.ok ? undefined : result.problem;
    };
    expect(problem('Nginx:1.27')).toMatch(/lowercase/);
    expect(problem('team/App')).toMatch(/lowercase/);
    expect(problem('nginx:')).toMatch(/empty/);
    expect(problem('nginx:-1')).toMatch(/tag/);
    expect(problem('nginx 1.27')).toMatch(/spaces/);
    expect(problem('app@sha256:abc')).toMatch(/digest/);
    expect(problem(`app@sha256:${'a'.repeat(40)}`)).toMatch(/64/);
    expect(problem('registry:port/app')).toMatch(/port/);
    expect(problem('team//app')).toMatch(/empty path/);
    expect(problem('')).toMatch(/empty/);
  });
});

describe('isPinnedImage', () => {
  it('accepts a version tag or a digest, not latest or no tag', () => {
    expect(isPinnedImage(parsed('nginx:1.27'))).toBe(true);
    expect(isPinnedImage(parsed(`app@sha256:${'0'.repeat(64)}`))).toBe(true);
    expect(isPinnedImage(parsed('nginx'))).toBe(false);
    expect(isPinnedImage(parsed('nginx:latest'))).toBe(false);
    expect(isPinnedImage(parsed('registry:5000/app'))).toBe(false);
  });
});

describe('parseImageReference (for display)', () => {
  it('splits what is written, even an invalid reference', () => {
    expect(parseImageReference('registry:5000/Team/app:1.2@sha256:abc')).toEqual({
      repository: 'registry:5000/Team/app',
      tag: '1.2',
      digest: 'sha256:abc',
    });
    expect(parseImageReference('registry:5000/app')).toEqual({
      repository: 'registry:5000/app',
      tag: null,
      digest: null,
    });
    expect([
      imagePinning('nginx'),
      imagePinning('nginx:latest'),
      imagePinning('nginx:1.27'),
      imagePinning('nginx@sha256:abc'),
    ]).toEqual(['none', 'latest', 'tag', 'digest']);
  });
});
