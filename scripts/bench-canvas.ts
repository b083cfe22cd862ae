/**
 * Measures the canvas projection: document -> React Flow nodes and edges, and its layout.
 *
 *   npm run bench:canvas
 *
 * Input: the generated pod of src/validate/fixtures/generateBigPod.ts, 40 containers (4 init
 * containers, 4 native sidecars, 32 app containers) and 60 volumes, each container with six
 * mounts, probes, env from ConfigMaps and Secrets; followed by the objects it refers to.
 *
 * What is timed (after warm-up runs, so the JIT has optimised the code):
 * - layout: `layoutPod` alone (lanes as grids and the volume shelf, every grid width tried for the
 *   best fit of the pane);
 * - cold projection: a new projector (empty memo) on a fresh copy of the document, including the
 *   outside references, the "defined in this file" lookup and every edge's route, as when a file
 *   is opened;
 * - edit projection: a warm projector after one operation (a probe added to one container), the
 *   common case while designing; also counts how many node objects were re-created;
 * - selection projection: a warm projector when only the selection changes;
 * - node summaries: what the node components compute when they render (image, ports, resources,
 *   probes of every container, source of every volume);
 * - application map: the whole-file projection (cards, selector, port and reference edges, layout)
 *   of a microservices release file of 12 and of 50 Deployments with their Services.
 */
import { describeImage } from '../src/graph/describe/describeImage';
import { describePorts, describeProbes, describeResources } from '../src/graph/describe/describeContainer';
import { describeVolume } from '../src/graph/describe/describeVolume';
import { CANVAS_METRICS, densityFor } from '../src/graph/canvasMetrics';
import { containerCard, containerHeight } from '../src/graph/containerCard';
import { type LayoutInput, layoutPod } from '../src/graph/podLayout';
import { volumeGroupOf } from '../src/graph/volumeGroups';
import { createGraphProjector, type GraphInput } from '../src/graph/projectGraph';
import { listContainerSlots } from '../src/model/containers';
import { defaultProbe } from '../src/model/defaultProbe';
import { field, type JsonObject } from '../src/model/jsonValue';
import type { Manifest } from '../src/model/manifest';
import { setProbe } from '../src/model/operations/setProbe';
import { definedObjectKeys, listPodReferences } from '../src/model/podReferences';
import { listVolumes } from '../src/model/volumes';
import { listWorkloads, podSpecOf } from '../src/model/workloads';
import { generateBigPodManifest } from '../src/validate/fixtures/generateBigPod';
import { projectApplicationMap } from '../src/graph/applicationMap';
import { microservicesManifest } from '../src/graph/fixtures/microservicesManifest';
import { manifestFromYaml } from '../src/testing/manifestFromYaml';

const WARM_UP = 50;
const ITERATIONS = 300;

function time(prepare: () => () => void): number[] {
  const times: number[] = [];
  for (let index = 0; index < WARM_UP + ITERATIONS; index++) {
    const run = prepare();
    const started = performance.now();
    run();
    if (index >= WARM_UP) times.push(performance.now() - started);
  }
  return times;
}

function quantiles(times: readonly number[]): { median: string; p95: string } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (quantile: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? Number.NaN;
  return { median: at(0.5).toFixed(3), p95: at(0.95).toFixed(3) };
}

function workloadOf(manifest: Manifest): JsonObject {
  const workload = listWorkloads(manifest)[0];
  if (!workload) throw new Error('the generated manifest has no workload');
  return workload.object;
}

const manifest = generateBigPodManifest({ containers: 40, volumes: 60 });
const workload = workloadOf(manifest);
const podSpec = podSpecOf(workload);
const slots = listContainerSlots(podSpec);
const volumes = listVolumes(podSpec);
const input = (
  object: JsonObject,
  definedObjects: ReadonlySet<string>,
  selectedIds: readonly string[] = [],
): GraphInput => ({ workload: object, stale: false, positions: {}, selectedIds, definedObjects });

const rows: [string, number[], string][] = [];

const density = densityFor(slots.length);
const heights = (role: string) =>
  slots
    .filter((slot) => slot.role === role)
    .map((slot) => containerHeight(containerCard(slot, null, {}, density), density));
const layoutInput: LayoutInput = {
  density,
  lanes: { init: heights('init'), sidecar: heights('sidecar'), app: heights('app') },
  volumes: volumes.map((volume) => ({
    group: volumeGroupOf(describeVolume(volume.volume).type),
    height: CANVAS_METRICS[density].volume.height,
  })),
  references: listPodReferences(podSpec).length,
};
rows.push(['layout (layoutPod, every grid width tried)', time(() => () => void layoutPod(layoutInput)), '']);

rows.push([
  'cold projection (new projector, fresh document)',
  time(() => {
    const copy = structuredClone(manifest) as Manifest;
    return () => {
      const project = createGraphProjector();
      project(input(workloadOf(copy), definedObjectKeys(copy)));
    };
  }),
  '',
]);

// An edit: one container gets a probe; the projector re-creates only what changed.
const warm = createGraphProjector();
const defined = definedObjectKeys(manifest);
const editTarget = slots.find((slot) => slot.role === 'app')!;
const edited = setProbe(workload, editTarget.name, 'startupProbe', defaultProbe(editTarget.container, 'startupProbe'));
let flip = false;
let recreated = 0;
let last = warm(input(workload, defined));
rows.push([
  'edit projection (warm, one container changed)',
  time(() => () => {
    flip = !flip;
    const next = warm(input(flip ? edited : workload, defined));
    recreated = next.nodes.filter((node, index) => node !== last.nodes[index]).length;
    last = next;
  }),
  '',
]);
const editNote = `${recreated} of ${last.nodes.length} node objects re-created per edit`;
rows[rows.length - 1]![2] = editNote;

let selected = false;
rows.push([
  'selection projection (warm, selection changed)',
  time(() => () => {
    selected = !selected;
    warm(input(workload, defined, selected ? [`container:${editTarget.name}`] : []));
  }),
  '',
]);

rows.push([
  'node summaries (what node components compute)',
  time(() => () => {
    for (const slot of slots) {
      const image = field(slot.container, 'image');
      if (typeof image === 'string') describeImage(image);
      describePorts(slot.container);
      describeResources(slot.container);
      describeProbes(slot.container);
    }
    for (const volume of volumes) describeVolume(volume.volume);
  }),
  '',
]);

// The application map of a microservices release file (Deployments, Services, one ConfigMap):
// 12 + 12, the demo's size, and 50 + 50 (101 objects). Parsing is not included.
for (const count of [12, 50]) {
  const release = manifestFromYaml(microservicesManifest(count));
  const projected = projectApplicationMap({ manifest: release, status: new Map(), positions: {}, selectedIds: [] });
  rows.push([
    `application map (${release.length} objects, cold)`,
    time(
      () => () => void projectApplicationMap({ manifest: release, status: new Map(), positions: {}, selectedIds: [] }),
    ),
    `${projected.nodes.length} cards, ${projected.edges.length} edges`,
  ]);
}

const graph = createGraphProjector()(input(workload, defined));
console.log(
  `Canvas projection bench: ${slots.length} containers, ${volumes.length} volumes -> ${graph.nodes.length} nodes, ${graph.edges.length} edges (${graph.edges.filter((edge) => edge.type === 'reference').length} reference edges)`,
);
console.log(`${WARM_UP} warm-up runs, ${ITERATIONS} measured runs, Node ${process.version}\n`);
const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'measurement'.padEnd(width)}  median ms     p95 ms  note`);
for (const [name, times, note] of rows) {
  const { median, p95 } = quantiles(times);
  console.log(`${name.padEnd(width)}  ${median.padStart(9)}  ${p95.padStart(9)}  ${note}`);
}
