import { readFile } from 'node:fs/promises';
import { expect, test } from './designerTest';

/** A node exporter in kube-prometheus's style: host namespaces and a hostPath are its purpose. */
const NODE_EXPORTER = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  labels:
    app.kubernetes.io/name: node-exporter
  name: node-exporter
  namespace: monitoring
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: node-exporter
  template:
    metadata:
      labels:
        app.kubernetes.io/name: node-exporter
    spec:
      containers:
      - args:
        - --path.sysfs=/host/sys
        image: quay.io/prometheus/node-exporter:v1.8.2
        name: node-exporter
        volumeMounts:
        - mountPath: /host/sys
          name: sys
          readOnly: true
      hostNetwork: true
      hostPID: true
      volumes:
      - hostPath:
          path: /sys
        name: sys
`;

const HOST_NAMESPACES = /shares the node's (network|process)/;
const HOST_PATH = /Volume "sys" mounts \/sys/;

test('a finding is ignored here with a reason (an annotation in the YAML) or everywhere (the lint config), and silenced ones can be shown', async ({
  app,
  problems,
  commandPalette,
  page,
}) => {
  await app.openFresh();
  await app.openFile('node-exporter.yaml', NODE_EXPORTER);
  await problems.open();
  // A hostPath volume is reported once.
  await expect(problems.rows.filter({ hasText: '/sys' })).toHaveCount(1);
  const hostNamespaces = problems.rows.filter({ hasText: HOST_NAMESPACES }).first();
  await expect(hostNamespaces).toBeVisible();

  // Ignore here: a reason, then the annotation lands in the YAML and the finding is counted as silenced.
  await hostNamespaces.getByRole('button', { name: 'Ignore…' }).click();
  await hostNamespaces.getByRole('textbox', { name: /Reason/ }).fill('It reads the host; that is its purpose.');
  await hostNamespaces.getByRole('button', { name: 'Ignore here' }).click();
  await expect(problems.rows.filter({ hasText: HOST_NAMESPACES })).toHaveCount(0);
  const exported = await app.exportYaml();
  expect(exported.text).toContain('    pod-designer.io/ignore: pss/host-namespaces\n');
  expect(exported.text).toContain('    pod-designer.io/ignore-reason: It reads the host; that is its purpose.\n');

  // Ignore everywhere: the rule goes into the lint config, which downloads as pod-designer.yaml.
  const hostPath = problems.rows.filter({ hasText: HOST_PATH });
  await hostPath.getByRole('button', { name: 'Ignore…' }).click();
  await hostPath.getByRole('button', { name: 'Ignore everywhere' }).click();
  await expect(problems.rows.filter({ hasText: HOST_PATH })).toHaveCount(0);

  const silenced = problems.root.getByRole('button', { name: /^\d+ silenced$/ });
  await expect(silenced).toHaveAttribute('aria-pressed', 'false');
  await silenced.click();
  await expect(problems.rows.filter({ hasText: HOST_PATH })).toContainText('Silenced by the lint config');
  await expect(problems.rows.filter({ hasText: HOST_NAMESPACES }).first()).toContainText(
    'Silenced by the pod-designer.io/ignore annotation: It reads the host; that is its purpose.',
  );

  // The lint config downloads as pod-designer.yaml, the file `pod-designer lint` reads.
  await commandPalette.open();
  await commandPalette.input.fill('lint config');
  const download = page.waitForEvent('download');
  await commandPalette.option('Download lint config').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('pod-designer.yaml');
  expect(await readFile(await file.path(), 'utf8')).toContain('- rules: ["pss/host-path-volumes"]');
});
