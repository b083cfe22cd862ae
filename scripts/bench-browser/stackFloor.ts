import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstScreenSize, type FirstScreenSize } from './firstScreenSize';

/**
 * The smallest app the chosen stack allows: React 19 renders one React Flow node (with its
 * background and its style sheet) whose label a zustand store reads from YAML parsed by js-yaml.
 * Built with this project's Vite and React plugin, measured like the app's first screen.
 * Whatever Pod Designer adds to its first screen comes on top of this.
 */
const FLOOR_APP = `import { Background, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { load } from 'js-yaml';
import { createRoot } from 'react-dom/client';
import { create } from 'zustand';

const useStore = create<{ text: string }>(() => ({ text: 'apiVersion: v1\\nkind: Pod\\nmetadata: {name: web}\\n' }));

function App() {
  const text = useStore((state) => state.text);
  const pod = load(text) as { metadata: { name: string } };
  const nodes = [{ id: 'pod', position: { x: 0, y: 0 }, data: { label: pod.metadata.name } }];
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow nodes={nodes} edges={[]} fitView>
        <Background />
      </ReactFlow>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
`;

const FLOOR_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>';

const FLOOR_CONFIG = `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
export default defineConfig({ plugins: [react()], logLevel: 'warn' });
`;

/** Builds the floor app in a temporary folder (with this project's node_modules) and measures it. */
export function stackFloorSize(projectRoot: string): FirstScreenSize {
  const folder = mkdtempSync(join(tmpdir(), 'pod-designer-floor-'));
  try {
    writeFileSync(join(folder, 'main.tsx'), FLOOR_APP);
    writeFileSync(join(folder, 'index.html'), FLOOR_HTML);
    writeFileSync(join(folder, 'vite.config.ts'), FLOOR_CONFIG);
    writeFileSync(join(folder, 'package.json'), '{"type":"module","private":true}');
    symlinkSync(join(projectRoot, 'node_modules'), join(folder, 'node_modules'), 'dir');
    const vite = join(projectRoot, 'node_modules/vite/bin/vite.js');
    const result = spawnSync(process.execPath, [vite, 'build'], { cwd: folder, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('The floor app did not build');
    return firstScreenSize(join(folder, 'dist'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
