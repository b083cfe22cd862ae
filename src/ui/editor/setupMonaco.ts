import * as monaco from 'monaco-editor/esm/vs/editor/edcore.main.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';
import { configureMonacoYaml } from 'monaco-yaml';
import { kubernetesSchema } from '../../schema/kubernetesSchema';
import YamlWorker from './yaml.worker.js?worker';

/** The model URI of the manifest; the schema applies to it. */
export const MANIFEST_URI = 'file:///manifest.yaml';

let configured = false;

function createWorker(label: string): Worker {
  return label === 'yaml' ? new YamlWorker() : new EditorWorker();
}

interface LegacyWorkerOptions {
  readonly label?: string;
  readonly moduleId?: string;
  readonly createData?: unknown;
  readonly host?: Record<string, (...args: unknown[]) => unknown>;
  readonly keepIdleModels?: boolean;
  readonly worker?: unknown;
}

/**
 * monaco-yaml's worker manager still calls `createWebWorker({ label, moduleId, createData })`,
 * the API of Monaco before 0.52; Monaco 0.54 wants the worker itself. This adapter does what
 * Monaco's own JSON mode does: start the worker, send it the create data, then hand it over.
 */
function withLegacyWorkerApi(api: typeof monaco): typeof monaco {
  const createWebWorker = (options: LegacyWorkerOptions) => {
    if (options.worker) return api.editor.createWebWorker(options as never);
    const worker = Promise.resolve(createWorker(options.label ?? 'editorWorkerService')).then((started) => {
      started.postMessage('ignore');
      started.postMessage(options.createData);
      return started;
    });
    return api.editor.createWebWorker({ worker, host: options.host, keepIdleModels: options.keepIdleModels } as never);
  };
  return { ...api, editor: { ...api.editor, createWebWorker } } as typeof monaco;
}

/**
 * Monaco with the YAML language service, configured offline with the Kubernetes 1.36 schema:
 * completion and hover documentation from the API's own field descriptions (the markers are the
 * validator's, see useEditorMarkers.ts).
 * Loaded lazily: this module is its own chunk, so the first screen never waits for it.
 */
export function setupMonaco(): typeof monaco {
  if (configured) return monaco;
  configured = true;
  self.MonacoEnvironment = {
    getWorker(_workerId: string, label: string) {
      return createWorker(label);
    },
  };
  configureMonacoYaml(withLegacyWorkerApi(monaco), {
    enableSchemaRequest: false,
    hover: true,
    completion: true,
    // Our validator marks the same problems (schema findings included) with a why and a docs link.
    validate: false,
    isKubernetes: true,
    yamlVersion: '1.1',
    schemas: [
      {
        uri: 'https://kubernetes.io/pod-designer/kubernetes-1.36.json',
        fileMatch: [MANIFEST_URI, '*.yaml'],
        schema: kubernetesSchema as never,
      },
    ],
  });
  return monaco;
}

export type Monaco = typeof monaco;
