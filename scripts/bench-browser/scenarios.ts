import type { JsonObject } from '../../src/model/jsonValue';
import type { Manifest } from '../../src/model/manifest';
import { generateBigPodManifest } from '../../src/validate/fixtures/generateBigPod';
import { generateMicroservicesManifest } from '../../src/validate/fixtures/generateMicroservices';
import { renderManifest } from '../../src/yaml/writeManifest';

/** A file to open in the app, and the container whose image the benchmark types into. */
export interface TypingScenario {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly containerName: string;
  readonly image: string;
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
  return [
    fromManifest(
      'a',
      'multi-document: 12 Deployments + 12 Services',
      generateMicroservicesManifest(),
      ['spec', 'template', 'spec'],
      {
        targetP50Ms: 50,
        noLongTasks: true,
      },
    ),
    fromManifest('b', 'generated pod: 40 containers, 60 volumes', generateBigPodManifest(), ['spec'], {
      targetP50Ms: 100,
      noLongTasks: false,
    }),
    {
      id: 'c',
      title: 'small pod',
      text: SMALL_POD,
      containerName: 'web',
      image: 'nginx:1.27',
      targetP50Ms: 30,
      noLongTasks: false,
    },
  ];
}

/** The scenario that types into the first container of the manifest's first document. */
function fromManifest(
  id: string,
  title: string,
  manifest: Manifest,
  podSpecPath: readonly string[],
  targets: Pick<TypingScenario, 'targetP50Ms' | 'noLongTasks'>,
): TypingScenario {
  let podSpec = manifest[0] as JsonObject;
  for (const key of podSpecPath) podSpec = podSpec[key] as JsonObject;
  const [container] = podSpec.containers as JsonObject[];
  if (!container) throw new Error(`scenario ${id}: the first document has no container`);
  return {
    id,
    title,
    text: renderManifest(manifest),
    containerName: String(container.name),
    image: String(container.image),
    ...targets,
  };
}
