import { describe, expect, it } from 'vitest';
import { createDesignerStore } from './designerStore';
import { selectFindings } from './findings';
import { selectSetAsideFields } from './setAside';
import { inProcessValidation } from './validation/inProcessValidation';
import { CASSANDRA_STATEFUL_SET as CASSANDRA } from '../model/fixtures/cassandraStatefulSet';

const mountFinding = (store: ReturnType<typeof createDesignerStore>) =>
  selectFindings(store.getState()).find((finding) => finding.ruleId === 'api/volume-mount-name');

describe('a kind switch that sets fields aside', () => {
  it('names what it set aside, explains the mount it leaves without a volume, and brings the text back', () => {
    const store = createDesignerStore(
      { text: CASSANDRA, positions: {}, workloadRef: null },
      { validation: inProcessValidation() },
    );
    expect(selectSetAsideFields(store.getState())).toEqual([]);
    expect(mountFinding(store)).toBeUndefined();

    expect(store.getState().changeWorkloadKind('Deployment')).toBe(true);
    expect(selectSetAsideFields(store.getState())).toEqual([
      { kind: 'StatefulSet', fields: ['serviceName', 'volumeClaimTemplates'], claimTemplates: ['cassandra-data'] },
    ]);
    expect(mountFinding(store)?.message).toMatch(
      /names the claim template "cassandra-data", which was set aside when this StatefulSet became a Deployment.*Switch the kind back to StatefulSet/,
    );

    expect(store.getState().changeWorkloadKind('StatefulSet')).toBe(true);
    expect(store.getState().text).toBe(CASSANDRA);
    expect(selectSetAsideFields(store.getState())).toEqual([]);
    expect(mountFinding(store)).toBeUndefined();
  });
});
