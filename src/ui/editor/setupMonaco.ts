import * as monaco from 'monaco-editor/esm/vs/editor/edcore.main.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';
import { configureMonacoYaml, type MonacoYaml, type SchemasSettings } from 'monaco-yaml';
import { kubernetesSchema } from '../../schema/kubernetesSchema';
import { kubernetesVersionTable } from '../../schema/kubernetesVersionTable';
import { schemaForKubernetesVersion } from '../../schema/schemaForKubernetesVersion';
import YamlWorker from './yaml.worker.js?worker';

/** The model URI of the manifest; the schema applies to it. */
export const MANIFEST_URI = 'file:///manifest.yaml';

let monacoYaml: MonacoYaml | null = null;
let schemaMinor: number | null = null;

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
 * Monaco with the YAML language service, configured offline with the Kubernetes 1.36 schema
 * narrowed to the target Kubernetes version (and to another by setEditorKubernetesVersion):
 * completion and hover documentation from the API's own field descriptions (the markers are the
 * validator's, see useEditorMarkers.ts).
 * Loaded lazily: this module is its own chunk, so the first screen never waits for it.
 */
export function setupMonaco(kubernetesMinor: number): typeof monaco {
  if (monacoYaml) return monaco;
  self.MonacoEnvironment = {
    getWorker(_workerId: string, label: string) {
      return createWorker(label);
    },
  };
  monacoYaml = configureMonacoYaml(withLegacyWorkerApi(monaco), {
    enableSchemaRequest: false,
    hover: true,
    completion: true,
    // Our validator marks the same problems (schema findings included) with a why and a docs link.
    validate: false,
    isKubernetes: true,
    yamlVersion: '1.1',
    schemas: [schemaSettings(kubernetesMinor)],
  });
  schemaMinor = kubernetesMinor;
  return monaco;
}

function schemaSettings(minor: number): SchemasSettings {
  return {
    uri: `https://kubernetes.io/pod-designer/kubernetes-1.${minor}.json`,
    fileMatch: [MANIFEST_URI, '*.yaml'],
    schema: schemaForKubernetesVersion(kubernetesSchema, kubernetesVersionTable, minor) as never,
  };
}

/**
 * Completion and hover follow the target Kubernetes version: fields and enum values newer than it
 * are not offered (the validator reports them where they are typed anyway).
 */
export function setEditorKubernetesVersion(minor: number): void {
  if (!monacoYaml || schemaMinor === minor) return;
  schemaMinor = minor;
  void monacoYaml.update({ schemas: [schemaSettings(minor)] });
}

export type Monaco = typeof monaco;
