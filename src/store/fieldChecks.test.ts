import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/jsonValue';
import {
  containerRenameProblem,
  integerProblem,
  parsePortReference,
  portNumberProblem,
  portReferenceProblem,
  portRenameProblem,
  quantityProblem,
  volumeRenameProblem,
} from './fieldChecks';

describe('field checks', () => {
  it('accepts ports 1 to 65535 only', () => {
    expect(portNumberProblem('80')).toBeNull();
    expect(portNumberProblem('65535')).toBeNull();
    for (const bad of ['0', '65536', 'http', '8.5', '', '-1']) expect(portNumberProblem(bad)).not.toBeNull();
  });

  it('takes a probe port as a number or a port name', () => {
    expect(portReferenceProblem('http')).toBeNull();
    expect(portReferenceProblem('8080')).toBeNull();
    expect(portReferenceProblem('99999')).not.toBeNull();
    expect(portReferenceProblem('Not_A_Name')).not.toBeNull();
    expect(parsePortReference('8080')).toBe(8080);
    expect(parsePortReference(' http ')).toBe('http');
  });

  it('checks quantities, allowing empty (the key is removed)', () => {
    for (const good of ['', '500m', '0.5', '128Mi', '1Gi', '1e3']) expect(quantityProblem(good)).toBeNull();
    for (const bad of ['128MB', 'lots', '-1', '1.5.5']) expect(quantityProblem(bad)).not.toBeNull();
  });

  it('checks integers in range', () => {
    expect(integerProblem(0)('')).toBeNull();
    expect(integerProblem(0)('3')).toBeNull();
    expect(integerProblem(1)('0')).toMatch(/1 or more/);
    expect(integerProblem(0, 10)('11')).toMatch(/10 or less/);
    expect(integerProblem(0)('2.5')).not.toBeNull();
  });

  it('checks renames for bad names and clashes', () => {
    const podSpec: JsonObject = {
      containers: [
        { name: 'web', ports: [{ name: 'http', containerPort: 80 }, { containerPort: 81 }] },
        { name: 'api' },
      ],
      volumes: [{ name: 'data' }, { name: 'cache' }],
    };
    const web = (podSpec.containers as JsonObject[])[0]!;
    expect(containerRenameProblem(podSpec, 'web', 'api')).toMatch(/already named/);
    expect(containerRenameProblem(podSpec, 'web', '')).toMatch(/required/);
    expect(containerRenameProblem(podSpec, 'web', 'front')).toBeNull();
    expect(volumeRenameProblem(podSpec, 'data', 'cache')).toMatch(/already named/);
    expect(volumeRenameProblem(podSpec, 'data', 'my.data')).toMatch(/dots/);
    expect(portRenameProblem(web, 1, 'http')).toMatch(/already|named "http"/);
    expect(portRenameProblem(web, 0, '')).toBeNull();
  });
});
