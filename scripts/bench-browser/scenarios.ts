import { mapEntityId } from '../../src/graph/mapEntityId';
import type { JsonObject } from '../../src/model/jsonValue';
import type { Manifest } from '../../src/model/manifest';
import { generateBigPodManifest } from '../../src/validate/fixtures/generateBigPod';
import { generateMicroservicesManifest } from '../../src/validate/fixtures/generateMicroservices';
import { renderManifest } from '../../src/yaml/writeManifest';

/** A file to open in the app, where to type in it, and the canvas node that shows what was typed. */
export interface TypingScenario {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /**
   * The map card (its accessible name) to open, as a person does, before typing; null to type in
   * the view the file opens in (the pod view for one workload, the application map for several).
   */
  readonly openCard: string | null;
  /** The text the cursor is put after (the editor's Find): digits are typed at the end of its line. */
  readonly typeAfter: string;
  /** The canvas node (`data-id`) that shows `shows` followed by the typed digits. */
  readonly nodeId: string;
  /** The end of `typeAfter` as that node shows it before typing. */
  readonly shows: string;
  /** Keystroke → painted canvas, median, in ms (issue 11). */
  readonly targetP50Ms: number;
  /** No long task (over 50 ms) may run while typing. */
  readonly noLongTasks: boolean;
}

const SMALL_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
`;

export function typingScenarios(): TypingScenario[] {
  const microservices = generateMicroservicesManifest();
  return [
    fromManifest(
      'a',
      'multi-document: 12 Deployments + 12 Services, its first pod',
      microservices,
      ['spec', 'template', 'spec'],
      {
        openCard: `Deployment ${String((microservices[0] as { metadata: JsonObject }).metadata.name)}`,
        targetP50Ms: 50,
        noLongTasks: true,
      },
    ),
    {
      // The same file on the application map, where it opens: the first Deployment's card lists
      // its container by name, so the benchmark types at the end of that name.
      id: 'a-map',
      title: 'the same file, on the application map',
      text: renderManifest(microservices),
      openCard: null,
      typeAfter: `name: ${firstContainer(microservices, ['spec', 'template', 'spec']).name}`,
      shows: firstContainer(microservices, ['spec', 'template', 'spec']).name,
      nodeId: mapEntityId({ documentIndex: 0, itemIndex: null }),
      targetP50Ms: 50,
      noLongTasks: true,
    },
    fromManifest('b', 'generated pod: 40 containers, 60 volumes', generateBigPodManifest(), ['spec'], {
      openCard: null,
      targetP50Ms: 100,
      noLongTasks: false,
    }),
    {
      id: 'c',
      title: 'small pod',
      text: SMALL_POD,
      openCard: null,
      typeAfter: 'nginx:1.27',
      shows: 'nginx:1.27',
      nodeId: 'container:web',
      targetP50Ms: 30,
      noLongTasks: false,
    },
  ];
}

/** The scenario that types at the end of the image of the first container of the manifest's first document. */
function fromManifest(
  id: string,
  title: string,
  manifest: Manifest,
  podSpecPath: readonly string[],
  options: Pick<TypingScenario, 'openCard' | 'targetP50Ms' | 'noLongTasks'>,
): TypingScenario {
  const container = firstContainer(manifest, podSpecPath);
  return {
    id,
    title,
    text: renderManifest(manifest),
    typeAfter: container.image,
    shows: container.image,
    nodeId: `container:${container.name}`,
    ...options,
  };
}

function firstContainer(manifest: Manifest, podSpecPath: readonly string[]): { name: string; image: string } {
  let podSpec = manifest[0] as JsonObject;
  for (const key of podSpecPath) podSpec = podSpec[key] as JsonObject;
  const [container] = podSpec.containers as JsonObject[];
  if (!container) throw new Error('the first document has no container');
  return { name: String(container.name), image: String(container.image) };
}
