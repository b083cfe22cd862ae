import { describe, expect, it } from 'vitest';
import { createDesignerStore } from './designerStore';
import { selectFindings } from './findings';
import { selectSetAsideFields } from './setAside';
import { inProcessValidation } from './validation/inProcessValidation';

// A StatefulSet written by hand: comments and a flow list in its claim template.
const CASSANDRA = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cassandra
spec:
  serviceName: cassandra
  replicas: 3
  selector:
    matchLabels:
      app: cassandra
  template:
    metadata:
      labels:
        app: cassandra
    spec:
      containers:
      - name: cassandra
        image: cassandra:5.0
        volumeMounts:
        - name: cassandra-data
          mountPath: /var/lib/cassandra
  # These are converted to volume claims by the controller
  # and mounted at the paths mentioned above.
  volumeClaimTemplates:
  - metadata:
      name: cassandra-data
    spec:
      accessModes: [ "ReadWriteOnce" ]
      resources:
        requests:
          storage: 1Gi
`;

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
