/**
 * Measures the validator, side by side with @monokle/validation, and compares what each finds.
 *
 *   npm run bench                 the generated pod and the fixture corpora
 *   npm run bench -- DIR...       also every .yaml/.yml file under each DIR
 *
 * Inputs: a generated pod with 40 containers and 60 volumes (plus the ConfigMaps, Secrets, claims
 * and ServiceAccount it names), src/validate/fixtures/valid-unusual and src/validate/fixtures/invalid.
 *
 * What is timed (each iteration works on fresh objects, so nothing is served from a cache keyed by
 * object identity or resource id):
 * - Pod Designer, validate: `validateManifest(documents, ALL_RULES)` on already parsed documents;
 * - Pod Designer, parse+validate: `parseManifest` of the text, then the same;
 * - Monokle, documents handed in: `processRefs` + `validator.validate` on resources whose content
 *   is the documents our parser read (untimed; Monokle re-parses each resource's text itself to
 *   place its results, and that is timed);
 * - Monokle, text → findings: the same after Monokle's own reader, `extractK8sResources` of
 *   @monokle/parser (the reader Monokle's tools use: YAML `parseAllDocuments`, then `toJS` and
 *   `toString` per document), timed too, as our parse is;
 * - the generated pod in steady state against the live validator's 16 ms budget, and how fast the
 *   parser rejects an alias bomb and a 10 MB text (timings kept out of the unit tests).
 * Warm-up iterations run first (they include ajv's lazy schema compilation on our side and the
 * plugins' set-up on Monokle's, and give the JIT time to optimise both). The four are timed in
 * turns (one run of each per round, each from a collected heap), so that a shared machine's
 * changing load weighs on all alike. The last two columns are ratios of medians: Monokle with the
 * documents handed in (the comparison of earlier versions of this script, which gives Monokle our
 * parse for free) and Monokle from text, the like-for-like text → findings.
 *
 * Monokle runs offline: global fetch is replaced by a function that throws (and counts calls);
 * the plugin loader is the DefaultPluginLoader (core plugins only, nothing downloaded); the
 * kubernetes-schema plugin gets this project's generated Kubernetes 1.36 schema through a
 * SchemaLoader subclass instead of fetching plugins.monokle.com/schemas. Enabled plugins, with
 * their default rule settings: kubernetes-schema, yaml-syntax, pod-security-standards,
 * resource-links (the four of createDefaultMonokleValidator) and practices. Left out:
 * open-policy-agent and admission-policy (both download WebAssembly), metadata (labels policy).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractK8sResources } from '@monokle/parser';
import {
  AnnotationSuppressor,
  DefaultPluginLoader,
  DisabledFixer,
  FingerprintSuppressor,
  MonokleValidator,
  processRefs,
  ResourceParser,
  SchemaLoader,
  type Resource,
} from '@monokle/validation';
import kubernetesSchema from '../src/generated/kubernetes-schema.json';
import { formatDataPath } from '../src/model/dataPath';
import { field, isJsonObject, type JsonObject } from '../src/model/jsonValue';
import type { Manifest } from '../src/model/manifest';
import { setEntityField } from '../src/model/operations/setEntityField';
import { objectPath } from '../src/model/workloads';
import { ALL_RULES } from '../src/validate/allRules';
import type { Finding } from '../src/validate/finding';
import { generateBigPodManifest } from '../src/validate/fixtures/generateBigPod';
import { validateManifest } from '../src/validate/validateManifest';
import { aliasBombText, oversizedText } from '../src/yaml/fixtures/hostileYaml';
import { rangeOfPath } from '../src/yaml/locateSource';
import { parseManifest, type ParsedManifest } from '../src/yaml/parseManifest';
import { renderManifest } from '../src/yaml/writeManifest';

interface InputFile {
  readonly path: string;
  readonly text: string;
}

interface BenchInput {
  readonly name: string;
  readonly files: readonly InputFile[];
  readonly iterations: number;
}

/** A finding of either tool, reduced to what can be compared. */
interface ComparableFinding {
  readonly file: string;
  readonly document: number;
  readonly line: number;
  readonly ruleId: string;
  readonly category: Category;
  readonly level: string;
  readonly message: string;
}

type Category = 'yaml syntax' | 'schema' | 'API server rules' | 'security' | 'practice' | 'references';

const CATEGORIES: readonly Category[] = [
  'yaml syntax',
  'schema',
  'API server rules',
  'security',
  'practice',
  'references',
];
/** Warm-up runs before measuring: the JIT needs tens of runs before ~160 rules are optimised. */
const WARM_UP = 40;
const projectRoot = new URL('..', import.meta.url).pathname;

// ---- offline guard (installed after @monokle/validation is imported, so nothing replaces it) ----
let blockedFetches = 0;
globalThis.fetch = (async (input: unknown) => {
  blockedFetches++;
  throw new Error(`bench runs offline; refused fetch of ${String(input)}`);
}) as typeof fetch;

/** Hands Monokle's kubernetes-schema plugin this project's schema instead of downloading one. */
class LocalSchemaLoader extends SchemaLoader {
  override async getFullSchema(): Promise<{ url: string; schema: never }> {
    return { url: 'file:src/generated/kubernetes-schema.json', schema: kubernetesSchema as never };
  }

  override async getResourceSchema(): Promise<undefined> {
    return undefined;
  }
}

async function main(): Promise<void> {
  const inputs = benchInputs(process.argv.slice(2));
  const monokle = await createMonokle();
  const rows: string[][] = [];
  const comparisons: string[] = [];
  for (const input of inputs) {
    const parsed = input.files.map((file) => ({ file, parsed: parseOrNull(file.text) }));
    const [validateOnly = [], parseAndValidate = [], monokleTimes = [], monokleFromText = []] = await timeInTurns(
      input.iterations,
      [
        () => {
          const copies = parsed.map(({ parsed: manifest }) =>
            manifest ? (structuredClone(manifest.documents) as Manifest) : null,
          );
          return () => {
            for (const documents of copies) if (documents) validateManifest(documents, ALL_RULES);
          };
        },
        () => () => {
          for (const file of input.files) {
            const outcome = parseManifest(file.text);
            if (outcome.ok) validateManifest(outcome.manifest.documents, ALL_RULES);
          }
        },
        () => {
          monokle.parser.clear();
          const resources = parsed.flatMap(({ file, parsed: manifest }) => monokleResources(file, manifest));
          return async () => {
            await monokle.validator.validate({ resources: processRefs(resources, monokle.parser) });
          };
        },
        () => {
          monokle.parser.clear();
          const files = input.files.map((file, index) => ({
            id: `file-${index}`,
            path: file.path,
            content: file.text,
          }));
          return async () => {
            const resources = extractK8sResources(files);
            await monokle.validator.validate({ resources: processRefs(resources, monokle.parser) });
          };
        },
      ],
    );
    const documentCount = parsed.reduce((sum, { parsed: manifest }) => sum + (manifest?.documents.length ?? 0), 0);
    rows.push(
      [
        input.name,
        `${input.files.length} / ${documentCount}`,
        ...summary(validateOnly),
        ...summary(parseAndValidate),
        ...summary(monokleTimes),
        ...summary(monokleFromText),
        `${(median(monokleTimes) / median(parseAndValidate)).toFixed(1)}×`,
        `${(median(monokleFromText) / median(parseAndValidate)).toFixed(1)}×`,
      ].map(String),
    );
    comparisons.push(await compareFindings(input, parsed, monokle));
  }

  console.log(
    `\nPod Designer (${ALL_RULES.length} rules) vs @monokle/validation 0.33 — milliseconds per run over all files of the input, after ${WARM_UP} warm-up runs; the four are timed in turns, so a change in the machine's load affects them alike\n`,
  );
  console.log(
    table(
      [
        'input',
        'files / docs',
        'ours validate median',
        'p95',
        'ours parse+validate median',
        'p95',
        'Monokle, documents handed in: median',
        'p95',
        'Monokle from text: median',
        'p95',
        'Monokle with documents ÷ ours from text',
        'text → findings: Monokle ÷ ours',
      ],
      rows,
    ),
  );
  console.log(editMeasurement());
  console.log(steadyStateMeasurement());
  console.log(parserGuardMeasurement());
  console.log(comparisons.join('\n'));
  console.log(
    `Monokle plugins: ${monokle.validator
      .getPlugins()
      .map((plugin) => plugin.metadata.name)
      .join(', ')}; failed to load: ${monokle.validator.getFailedPlugins().join(', ') || 'none'}`,
  );
  console.log(`Network requests attempted (and refused): ${blockedFetches}`);
}

/**
 * What the app does after an edit: an operation changes one field of one container (the model's
 * operations share every untouched object with the previous document), then the validator runs.
 * Each iteration edits the previous result, so every run sees a document it has not seen before.
 */
function editMeasurement(): string {
  let documents = generateBigPodManifest() as Manifest;
  const containers = field(field(documents[0], 'spec'), 'containers');
  const names = Array.isArray(containers) ? containers.map((container) => String(field(container, 'name'))) : [];
  let edit = 0;
  const times = timeIterations(200, () => {
    edit++;
    const [pod, ...others] = documents;
    documents = [
      setEntityField(
        pod as JsonObject,
        `container:${names[edit % names.length]}`,
        ['image'],
        `registry.example/app:1.${edit}`,
      ),
      ...others,
    ];
    const current = documents;
    return () => validateManifest(current, ALL_RULES);
  });
  const [median, p95] = summary(times);
  return `After a one-field edit of the generated pod (as in the app; 200 edits): ours validate median ${median} ms, p95 ${p95} ms.\n`;
}

/**
 * The live validator's budget: the generated pod validated with every rule in under 16 ms, warm
 * (the JIT needs 50–100 runs of ~160 rules before their code is optimised). Reported as the
 * quietest of 12 batches of 9 runs after 80 warm-up runs, on fresh copies (nothing cached by
 * object identity): other processes and garbage collection slow batches down, never speed one up.
 */
function steadyStateMeasurement(): string {
  const BUDGET_MS = 16;
  const manifest = generateBigPodManifest();
  const copies = (count: number) => Array.from({ length: count }, () => structuredClone(manifest) as Manifest);
  const perValidation = (batch: readonly Manifest[]): number => {
    const started = performance.now();
    for (const copy of batch) validateManifest(copy, ALL_RULES);
    return (performance.now() - started) / batch.length;
  };
  perValidation(copies(80));
  const quietest = Math.min(...Array.from({ length: 12 }, () => perValidation(copies(9))));
  const verdict = quietest < BUDGET_MS ? 'within' : 'OVER';
  return `Generated pod, steady state (quietest of 12 batches of 9): ${quietest.toFixed(2)} ms per validation, ${verdict} the ${BUDGET_MS} ms budget.\n`;
}

/** How fast the parser turns away texts built to exhaust it (the unit tests check that it does, and with which message). */
function parserGuardMeasurement(): string {
  const rejectionTime = (text: string): string => {
    const [median] = summary(timeIterations(20, () => () => parseManifest(text)));
    return median;
  };
  return `Parser guards, median of 20 rejections: alias bomb (billion laughs) ${rejectionTime(aliasBombText())} ms (budget 1000 ms); 10 MB text ${rejectionTime(oversizedText(10))} ms (budget 50 ms).\n`;
}

function benchInputs(directories: readonly string[]): BenchInput[] {
  const bigPod = generateBigPodManifest();
  return [
    {
      name: 'generated pod: 40 containers, 60 volumes',
      files: [{ path: 'generated/big-pod.yaml', text: renderManifest(bigPod) }],
      iterations: 40,
    },
    {
      name: 'fixtures/valid-unusual',
      files: yamlFilesUnder(join(projectRoot, 'src/validate/fixtures/valid-unusual')),
      iterations: 20,
    },
    {
      name: 'fixtures/invalid',
      files: yamlFilesUnder(join(projectRoot, 'src/validate/fixtures/invalid')),
      iterations: 20,
    },
    ...directories.map((directory) => ({ name: directory, files: yamlFilesUnder(directory), iterations: 10 })),
  ];
}

function yamlFilesUnder(directory: string): InputFile[] {
  const files: InputFile[] = [];
  for (const name of readdirSync(directory).sort()) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) files.push(...yamlFilesUnder(path));
    else if (/\.ya?ml$/i.test(name))
      files.push({ path: relative(process.cwd(), path) || path, text: readFileSync(path, 'utf8') });
  }
  return files;
}

function parseOrNull(text: string): ParsedManifest | null {
  const outcome = parseManifest(text);
  return outcome.ok ? outcome.manifest : null;
}

// ---- timing ----

/**
 * Times several measurements in turns: each round runs every `prepare()` (untimed) and then the
 * function it returns (timed), one measurement after the other, WARM_UP + iterations rounds.
 */
async function timeInTurns(iterations: number, measurements: readonly (() => () => unknown)[]): Promise<number[][]> {
  const times = measurements.map((): number[] => []);
  for (let index = 0; index < WARM_UP + iterations; index++) {
    for (const [which, prepare] of measurements.entries()) {
      const run = prepare();
      // Each run starts from a collected heap: the garbage of the run before (another tool's) is not billed to it.
      collectGarbage?.();
      const started = performance.now();
      await run();
      if (index >= WARM_UP) times[which]?.push(performance.now() - started);
    }
  }
  return times;
}

/** `gc()` when Node runs with --expose-gc (as `npm run bench` starts it). */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

function median(times: readonly number[]): number {
  return Number(summary(times)[0]);
}

/** Runs `prepare()` (untimed) then the returned function (timed), WARM_UP + iterations times. */
function timeIterations(iterations: number, prepare: () => () => void): number[] {
  const times: number[] = [];
  for (let index = 0; index < WARM_UP + iterations; index++) {
    const run = prepare();
    const started = performance.now();
    run();
    if (index >= WARM_UP) times.push(performance.now() - started);
  }
  return times;
}

function summary(times: readonly number[]): [string, string] {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (quantile: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? Number.NaN;
  return [at(0.5).toFixed(2), at(0.95).toFixed(2)];
}

// ---- Monokle ----

interface Monokle {
  readonly validator: MonokleValidator;
  readonly parser: ResourceParser;
}

async function createMonokle(): Promise<Monokle> {
  const parser = new ResourceParser();
  const validator = new MonokleValidator({
    loader: new DefaultPluginLoader(),
    parser,
    schemaLoader: new LocalSchemaLoader(),
    suppressors: [new AnnotationSuppressor(), new FingerprintSuppressor()],
    fixer: new DisabledFixer(),
  });
  await validator.preload({
    plugins: {
      'kubernetes-schema': true,
      'yaml-syntax': true,
      'pod-security-standards': true,
      'resource-links': true,
      practices: true,
    },
    settings: { 'kubernetes-schema': { schemaVersion: '1.36.0' } },
  });
  return { validator, parser };
}

let resourceSerial = 0;

/**
 * Monokle's resources for one file: one per YAML document, with its text and line offset (as the
 * Monokle CLI extracts them). A file that is not YAML becomes one resource without content, which
 * the yaml-syntax plugin reports.
 */
function monokleResources(file: InputFile, parsed: ParsedManifest | null): Resource[] {
  const chunks = documentChunks(file.text);
  return chunks.flatMap((chunk, index): Resource[] => {
    const content = parsed ? parsed.documents[index] : undefined;
    if (parsed && !isJsonObject(content)) return [];
    const object = (content ?? {}) as JsonObject;
    const kind = field(object, 'kind');
    const apiVersion = field(object, 'apiVersion');
    const metadata = field(object, 'metadata');
    const name = field(metadata, 'name');
    const namespace = field(metadata, 'namespace');
    return [
      {
        id: `resource-${++resourceSerial}`,
        fileId: file.path,
        filePath: file.path,
        fileOffset: chunk.line - 1,
        name: typeof name === 'string' ? name : '',
        apiVersion: typeof apiVersion === 'string' ? apiVersion : '',
        kind: typeof kind === 'string' ? kind : '',
        ...(typeof namespace === 'string' ? { namespace } : {}),
        content: content === undefined ? undefined : structuredClone(content),
        text: chunk.text,
      },
    ];
  });
}

/**
 * The documents of a YAML stream as text, with the line each starts on, split at `---` lines the
 * way the YAML reader counts documents (text before the first `---` is a document only when it
 * holds more than comments).
 */
function documentChunks(text: string): { text: string; line: number }[] {
  const lines = text.split('\n');
  const chunks: { text: string; line: number }[] = [];
  let start = 0;
  const flush = (end: number): void => {
    const body = lines.slice(start, end);
    if (start > 0 || body.some((line) => !/^\s*(#.*)?$/.test(line)))
      chunks.push({ text: body.join('\n'), line: start + 1 });
  };
  lines.forEach((line, index) => {
    if (!/^---(\s|$)/.test(line)) return;
    flush(index);
    start = index + 1;
  });
  flush(lines.length);
  return chunks;
}

// ---- comparing findings ----

async function compareFindings(
  input: BenchInput,
  parsed: readonly { file: InputFile; parsed: ParsedManifest | null }[],
  monokle: Monokle,
): Promise<string> {
  const ours = parsed.flatMap(({ file, parsed: manifest }) => ourFindings(file, manifest));
  monokle.parser.clear();
  const resources = parsed.flatMap(({ file, parsed: manifest }) => monokleResources(file, manifest));
  const response = await monokle.validator.validate({ resources: processRefs(resources, monokle.parser) });
  const theirs = (response.runs[0]?.results ?? []).map((result) => monokleFinding(result, parsed));

  const lines: string[] = [`\n## ${input.name}: what each tool found\n`];
  const byCategory = CATEGORIES.map((category) => [
    category,
    countLevels(ours.filter((finding) => finding.category === category)),
    countLevels(theirs.filter((finding) => finding.category === category)),
  ]);
  lines.push(table(['category', 'Pod Designer (error/warning/info)', 'Monokle (error/warning/note)'], byCategory));
  lines.push(
    `\nMost frequent rules — Pod Designer: ${topRules(ours)}\nMost frequent rules — Monokle: ${topRules(theirs)}`,
  );
  lines.push(
    '\nNotable differences (documents where only one tool reports a category; up to 3 examples per category and tool):',
  );
  const notable = NOTABLE_ORDER.flatMap((category) => [
    ...onlyIn(ours, theirs, category, 'only Pod Designer'),
    ...onlyIn(theirs, ours, category, 'only Monokle'),
  ]);
  lines.push(notable.length > 0 ? notable.join('\n') : '  (none)');
  const pairs = sideBySide(ours, theirs, 'schema');
  if (pairs.length > 0)
    lines.push("\nThe same schema problem in each tool's words (first finding of each tool per document):", ...pairs);
  return lines.join('\n');
}

function ourFindings(file: InputFile, parsed: ParsedManifest | null): ComparableFinding[] {
  if (!parsed) {
    const outcome = parseManifest(file.text);
    const error = outcome.ok ? null : outcome.error;
    return [
      {
        file: file.path,
        document: 0,
        line: error?.line ?? 1,
        ruleId: 'yaml/syntax',
        category: 'yaml syntax',
        level: 'error',
        message: error?.message ?? '',
      },
    ];
  }
  return validateManifest(parsed.documents, ALL_RULES).map((finding: Finding) => {
    const range = rangeOfPath(parsed, [...objectPath(finding.objectRef), ...(finding.markerPath ?? finding.path)]);
    return {
      file: file.path,
      document: finding.objectRef.documentIndex,
      line: range?.start.line ?? 1,
      ruleId: finding.ruleId,
      category: ourCategory(finding),
      level: finding.severity,
      message: `${formatDataPath(finding.path)}: ${finding.message}`,
    };
  });
}

function ourCategory(finding: Finding): Category {
  switch (finding.family) {
    case 'schema':
      return 'schema';
    case 'api':
      return 'API server rules';
    case 'security':
      return 'security';
    case 'practice':
      return 'practice';
    case 'reference':
      return 'references';
  }
}

interface MonokleResult {
  readonly ruleId?: string;
  readonly level?: string;
  readonly message: { readonly text?: string };
  readonly locations?: readonly {
    readonly physicalLocation?: {
      readonly artifactLocation?: { readonly uri?: string };
      readonly region?: { readonly startLine?: number };
    };
  }[];
}

function monokleFinding(
  result: MonokleResult,
  parsed: readonly { file: InputFile; parsed: ParsedManifest | null }[],
): ComparableFinding {
  const location = result.locations?.[0]?.physicalLocation;
  const file = location?.artifactLocation?.uri ?? '';
  const line = location?.region?.startLine ?? 1;
  const entry = parsed.find(({ file: candidate }) => candidate.path === file);
  const ruleId = result.ruleId ?? '?';
  return {
    file,
    document: entry ? documentAtLine(entry.file.text, line) : 0,
    line,
    ruleId,
    category: monokleCategory(ruleId),
    level: result.level ?? 'warning',
    message: result.message.text ?? '',
  };
}

/** Monokle's rule prefixes: K8S schema, YML syntax, PSS and most KBP1xx security, LNK links. */
function monokleCategory(ruleId: string): Category {
  if (ruleId.startsWith('K8S')) return 'schema';
  if (ruleId.startsWith('YML')) return 'yaml syntax';
  if (ruleId.startsWith('PSS')) return 'security';
  if (ruleId.startsWith('LNK')) return 'references';
  if (/^KBP1(0\d|1[0-5])$/.test(ruleId)) return 'security';
  return 'practice';
}

function documentAtLine(text: string, line: number): number {
  return documentChunks(text).filter((chunk) => chunk.line <= line).length - 1;
}

function countLevels(findings: readonly ComparableFinding[]): string {
  const count = (levels: readonly string[]): number =>
    findings.filter((finding) => levels.includes(finding.level)).length;
  return `${findings.length} (${count(['error'])}/${count(['warning'])}/${count(['info', 'note'])})`;
}

function topRules(findings: readonly ComparableFinding[]): string {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return (
    [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 8)
      .map(([ruleId, count]) => `${ruleId} ×${count}`)
      .join(', ') || '(none)'
  );
}

/** Categories in the order differences are listed: what decides "will it apply" first. */
const NOTABLE_ORDER: readonly Category[] = [
  'schema',
  'API server rules',
  'references',
  'security',
  'yaml syntax',
  'practice',
];

/** Documents where `mine` reports `category` and `other` reports nothing of it: one line each, a few of them. */
function onlyIn(
  mine: readonly ComparableFinding[],
  other: readonly ComparableFinding[],
  category: Category,
  label: string,
): string[] {
  const covered = new Set(
    other.filter((finding) => finding.category === category).map((finding) => `${finding.file}#${finding.document}`),
  );
  const seen = new Set<string>();
  const examples: string[] = [];
  for (const finding of mine) {
    const key = `${finding.file}#${finding.document}`;
    if (finding.category !== category || covered.has(key) || seen.has(key)) continue;
    seen.add(key);
    examples.push(
      `  ${label.padEnd(17)} ${category.padEnd(16)} ${shortPath(finding.file)}:${finding.line} ${finding.ruleId}: ${truncate(finding.message, 100)}`,
    );
  }
  const limit = 3;
  return examples.length > limit
    ? [
        ...examples.slice(0, limit),
        `  ${''.padEnd(17)} ${''.padEnd(16)} … and ${examples.length - limit} more documents`,
      ]
    : examples;
}

/** For documents where both tools report `category`: each tool's first message, one above the other. */
function sideBySide(
  ours: readonly ComparableFinding[],
  theirs: readonly ComparableFinding[],
  category: Category,
): string[] {
  const lines: string[] = [];
  const documents = [
    ...new Set(
      ours.filter((finding) => finding.category === category).map((finding) => `${finding.file}#${finding.document}`),
    ),
  ];
  for (const key of documents.slice(0, 8)) {
    const mine = ours.filter(
      (finding) => finding.category === category && `${finding.file}#${finding.document}` === key,
    );
    const other = theirs.filter(
      (finding) => finding.category === category && `${finding.file}#${finding.document}` === key,
    );
    if (other.length === 0) continue;
    lines.push(`  ${shortPath(mine[0]!.file)} (${mine.length} vs ${other.length} findings)`);
    lines.push(`    Pod Designer: ${mine[0]!.ruleId} line ${mine[0]!.line}: ${truncate(mine[0]!.message, 120)}`);
    lines.push(`    Monokle:      ${other[0]!.ruleId} line ${other[0]!.line}: ${truncate(other[0]!.message, 120)}`);
  }
  return lines;
}

function shortPath(file: string): string {
  return file.replace(/^src\/validate\/fixtures\//, '');
}

function truncate(text: string, length: number): string {
  const single = text.replace(/\s+/g, ' ');
  return single.length > length ? `${single.slice(0, length - 1)}…` : single;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const render = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [render(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(render)].join(
    '\n',
  );
}

await main();
