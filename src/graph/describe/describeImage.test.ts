import { describe, expect, it } from 'vitest';
import { describeImage } from './describeImage';

describe('describeImage', () => {
  it('separates the tag from the repository, also behind a registry port', () => {
    expect(describeImage('registry.local:5000/team/api:2.1')).toEqual({
      repository: 'registry.local:5000/team/api',
      tag: '2.1',
      digest: null,
      warning: null,
    });
  });

  it('marks an image without a tag, and one tagged latest, in words', () => {
    expect(describeImage('nginx').warning).toBe('untagged');
    expect(describeImage('nginx:latest')).toMatchObject({ tag: 'latest', warning: 'latest' });
  });

  it('accepts a digest as pinned and shortens it', () => {
    const summary = describeImage('nginx@sha256:0123456789abcdef0123456789abcdef');
    expect(summary).toMatchObject({ tag: null, warning: null, digest: 'sha256:01234567…' });
  });
});
