import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiPodResourceClaimsRule } from './apiPodResourceClaims';

const pod = (claims: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  resourceClaims: ${claims}\n  containers: [{name: a, image: nginx}]\n`;
const summary = (yaml: string) =>
  findingsOf(yaml, apiPodResourceClaimsRule).map((f) => `${f.errorType} ${formatDataPath(f.path)}`);

describe('api/pod-resource-claims', () => {
  it('reports names, repeats and the one-source rule', () => {
    const yaml = pod(
      '[{resourceClaimName: gpu}, {name: GPU, resourceClaimTemplateName: gpu-template}, {name: gpu, resourceClaimName: a, resourceClaimTemplateName: b}, {name: gpu}]',
    );
    expect(summary(yaml)).toEqual([
      'Required spec.resourceClaims[0].name',
      'Invalid spec.resourceClaims[1].name',
      'Invalid spec.resourceClaims[2]',
      'Duplicate spec.resourceClaims[3].name',
      'Invalid spec.resourceClaims[3]',
    ]);
  });

  it('accepts claims with a unique name and one source', () => {
    expect(
      summary(
        pod('[{name: gpu, resourceClaimTemplateName: gpu.example.com}, {name: fpga, resourceClaimName: shared-fpga}]'),
      ),
    ).toEqual([]);
  });
});
