import { describe, expect, it } from 'vitest';
import { findingKeys, findingsOf } from '../../../testing/findingsOf';
import { manifestFromYaml } from '../../../testing/manifestFromYaml';
import { schemaSecretDataBase64Rule } from './schemaSecretDataBase64';

const secret = `
apiVersion: v1
kind: Secret
metadata: {name: db}
data:
  password: hunter2
  username: YWRtaW4=
`;

describe('schema/secret-data-base64', () => {
  it('reports plain text under data', () => {
    expect(findingKeys(secret, schemaSecretDataBase64Rule)).toEqual(['schema/secret-data-base64 @ data[password]']);
  });

  it('moves the value to stringData', () => {
    const fix = findingsOf(secret, schemaSecretDataBase64Rule)[0]?.fix;
    expect(fix?.label).toBe('Move password to stringData');
    expect(fix!.apply(manifestFromYaml(secret))[0]).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db' },
      data: { username: 'YWRtaW4=' },
      stringData: { password: 'hunter2' },
    });
  });
});
