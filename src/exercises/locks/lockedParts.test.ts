import { describe, expect, it } from 'vitest';
import { manifestFromYaml } from '../../testing/manifestFromYaml';
import { changedLockedPart, describeLockedPart, lockedPartsFromParameter, lockParameter } from './lockedParts';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: app
    image: busybox:1.37
    command: [sh, -c, 'date']
  - name: web
    image: nginx:1.27
`;

describe('locked parts', () => {
  it('travel in a link parameter and back', () => {
    const parts = [{ container: 'app', fields: ['command', 'image'] }, { container: 'web' }];
    expect(lockParameter(parts)).toBe('app.command,app.image,web');
    expect(lockedPartsFromParameter('app.command,app.image,web')).toEqual(parts);
    expect(lockedPartsFromParameter('web,web.image,Bad Name,')).toEqual([{ container: 'web' }]);
    expect(lockedPartsFromParameter('')).toEqual([]);
  });

  it('are described in words', () => {
    expect(describeLockedPart({ container: 'web' })).toBe('the container web');
    expect(describeLockedPart({ container: 'app', fields: ['command', 'args', 'image'] })).toBe(
      'the command, args and image of app',
    );
  });

  it('notice a change of a locked container or field, and only of those', () => {
    const before = manifestFromYaml(POD);
    const locks = [{ container: 'app', fields: ['command'] }, { container: 'web' }];
    const otherField = manifestFromYaml(POD.replace('busybox:1.37', 'busybox:1.36'));
    expect(changedLockedPart(locks, before, otherField)).toBeNull();
    const command = manifestFromYaml(POD.replace("'date'", "'uptime'"));
    expect(changedLockedPart(locks, before, command)).toEqual(locks[0]);
    const webImage = manifestFromYaml(POD.replace('nginx:1.27', 'nginx:1.28'));
    expect(changedLockedPart(locks, before, webImage)).toEqual(locks[1]);
    const removed = manifestFromYaml(POD.replace('  - name: web\n    image: nginx:1.27\n', ''));
    expect(changedLockedPart(locks, before, removed)).toEqual(locks[1]);
  });
});
