import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiNodeNameRule } from './apiNodeName';

const spec = (lines: string) => `${lines}\n  containers: [{name: a, image: nginx}]`;
const pod = (lines: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${spec(lines)}\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiNodeNameRule).map((f) => `${f.errorType ?? f.severity} ${formatDataPath(f.path)}`);

describe('api/node-name', () => {
  it('reports a node name that is not a subdomain, and nodeName with scheduling gates', () => {
    expect(summary(pod('  nodeName: Node_1'))).toEqual(['Invalid spec.nodeName']);
    expect(summary(pod('  nodeName: node-1\n  schedulingGates: [{name: example.com/wait}]'))).toEqual([
      'Forbidden spec.nodeName',
    ]);
  });

  it('only warns about gates with nodeName in a pod template (its Pods are rejected)', () => {
    const yaml = `apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      nodeName: node-1\n      schedulingGates: [{name: example.com/wait}]\n      containers: [{name: a, image: busybox}]\n`;
    expect(summary(yaml)).toEqual(['warning spec.template.spec.nodeName']);
  });

  it('accepts a node name without gates', () => {
    expect(summary(pod('  nodeName: ip-10-0-0-1.ec2.internal'))).toEqual([]);
  });
});
