import { describe, expect, it } from 'vitest';
import { makeContainer, makeDeployment, makePod } from '../model/fixtures/workloadBuilders';
import type { JsonObject } from '../model/jsonValue';
import { designSamples } from './fixtures/designSamples';
import { createGraphProjector } from './projectGraph';
import { escapeXml, fitText, renderDiagramSvg } from './renderDiagramSvg';
import { estimateTextWidth, type TextFace } from './textWidth';

const WEB_POD = makePod(
  {
    initContainers: [makeContainer('setup'), makeContainer('log-shipper', { restartPolicy: 'Always' })],
    containers: [
      makeContainer('web', {
        image: 'nginx:1.27',
        ports: [{ name: 'http', containerPort: 8080 }],
        readinessProbe: { httpGet: { path: '/healthz', port: 8080 } },
        volumeMounts: [{ name: 'site', mountPath: '/usr/share/nginx/html', readOnly: true }],
      }),
    ],
    volumes: [{ name: 'site', configMap: { name: 'site-content' } }],
  },
  { name: 'web' },
);

function svgOf(workload: JsonObject | null, positions = {}): string {
  return renderDiagramSvg(createGraphProjector()({ workload, stale: false, positions, selectedIds: [] }), 'Pod web');
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

interface DrawnText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly face: TextFace;
}

/** Every <text> element: its content (without its tooltip), baseline position, size and face. */
function textsOf(svg: string): DrawnText[] {
  return [...svg.matchAll(/<text ([^>]*)>(?:<title>[^<]*<\/title>)?([^<]*)<\/text>/g)].map((match) => {
    const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(match[1]!)?.[1] ?? '';
    return {
      text: unescapeXml(match[2]!),
      x: Number(attribute('x')),
      y: Number(attribute('y')),
      size: Number(attribute('font-size')),
      face: attribute('class') === 'mono' ? 'mono' : attribute('font-weight') === '700' ? 'bold' : 'sans',
    };
  });
}

const words = (svg: string) => textsOf(svg).map((text) => text.text);

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The box a text takes: its estimated width, from a little above the cap height to below the baseline. */
const textBox = (text: DrawnText): Rect => ({
  x: text.x,
  y: text.y - text.size * 0.8,
  width: estimateTextWidth(text.text, text.size, text.face),
  height: text.size,
});

const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Node boxes drawn as the first <rect> of each container, volume and reference group. */
function nodeBoxesOf(svg: string): (Rect & { kind: string })[] {
  return [
    ...svg.matchAll(
      /<g class="(container \w+|volume|reference)"><rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g,
    ),
  ].map((match) => ({
    kind: match[1]!,
    x: Number(match[2]),
    y: Number(match[3]),
    width: Number(match[4]),
    height: Number(match[5]),
  }));
}

/** The straight pieces of each edge path (corners are rounded with Q, from and to points on the segments). */
function edgeSegmentsOf(svg: string): { from: { x: number; y: number }; to: { x: number; y: number } }[][] {
  return [...svg.matchAll(/<g class="(?:mount|reference-edge)"><path d="([^"]+)"/g)].map((match) => {
    const numbers = [...match[1]!.matchAll(/-?[\d.]+/g)].map((number) => Number(number[0]));
    const points: { x: number; y: number }[] = [];
    for (let index = 0; index < numbers.length; index += 2) points.push({ x: numbers[index]!, y: numbers[index + 1]! });
    return points.slice(1).map((to, index) => ({ from: points[index]!, to }));
  });
}

describe('renderDiagramSvg', () => {
  it('is a standalone SVG document with a title, and no outside resources', () => {
    const svg = svgOf(WEB_POD);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('<title>Pod web</title>');
    expect(svg).not.toMatch(/href=|url\(/);
  });

  it('shows the pod, each container with its role, image, ports and probes, the volume and the mount row', () => {
    expect(words(svgOf(WEB_POD))).toEqual(
      expect.arrayContaining([
        'Pod',
        'web',
        '1. Init container',
        'setup',
        '2. Sidecar',
        'log-shipper',
        'Container',
        'nginx:1.27',
        'ports http 8080',
        'Readiness',
        'site',
        '/usr/share/nginx/html',
        'Init containers',
        'Sidecars',
        'App containers',
        'Volumes',
        'Config and secrets',
      ]),
    );
  });

  it('draws the objects outside the pod, marked external when the file does not define them', () => {
    const svg = svgOf(WEB_POD);
    expect(words(svg)).toEqual(expect.arrayContaining(['ConfigMap · external', 'site-content']));
    expect(svg).toContain('class="reference-edge"');
  });

  it('draws the icons of the canvas (Lucide paths) inline', () => {
    expect(svgOf(WEB_POD)).toMatch(/<g transform="translate\([\d. ]+\) scale\([\d.]+\)" fill="none" stroke="#\w+"/);
  });

  it('writes every image reference in full, on more lines or smaller when it is long', () => {
    const image = 'registry.example.com:5000/platform/team-checkout/shop-backend-with-a-long-name:2.4.1-rc.3';
    const digest = 'ghcr.io/example/worker@sha256:4f1c2a9b8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170f5e4d3c';
    const svg = svgOf(
      makePod({ containers: [makeContainer('api', { image }), makeContainer('worker', { image: digest })] }),
    );
    const mono = textsOf(svg).filter((text) => text.face === 'mono');
    const joined = mono.map((text) => text.text).join('');
    expect(joined).toContain(image);
    expect(joined).toContain(digest);
    expect(joined).not.toContain('…');
  });

  for (const sample of designSamples()) {
    it(`${sample.name}: no two texts overlap, and no line crosses a node it does not end at`, () => {
      const svg = renderDiagramSvg(
        createGraphProjector()({
          workload: sample.workload,
          stale: false,
          positions: {},
          selectedIds: [],
          definedObjects: sample.definedObjects,
        }),
      );
      const boxes = textsOf(svg).map((text) => ({ text: text.text, box: textBox(text) }));
      for (const [index, a] of boxes.entries())
        for (const b of boxes.slice(index + 1))
          expect(intersects(a.box, b.box), `"${a.text}" overlaps "${b.text}"`).toBe(false);
      const nodes = nodeBoxesOf(svg);
      for (const segments of edgeSegmentsOf(svg)) {
        const start = segments[0]!.from;
        const end = segments.at(-1)!.to;
        for (const node of nodes) {
          // Shrunk by 2 px: a line may touch the node it starts or ends at.
          const inner = { x: node.x + 2, y: node.y + 2, width: node.width - 4, height: node.height - 4 };
          for (const { from, to } of segments) {
            const segment = {
              x: Math.min(from.x, to.x),
              y: Math.min(from.y, to.y),
              width: Math.abs(to.x - from.x) || 0.1,
              height: Math.abs(to.y - from.y) || 0.1,
            };
            const isEnd = [start, end].some(
              (point) =>
                point.x >= node.x - 1 &&
                point.x <= node.x + node.width + 1 &&
                point.y >= node.y - 1 &&
                point.y <= node.y + node.height + 1,
            );
            if (!isEnd)
              expect(intersects(segment, inner), `a line crosses ${node.kind} at ${node.x},${node.y}`).toBe(false);
          }
        }
      }
    });
  }

  it('sizes the drawing to hold every node, including ones the user moved far away', () => {
    const size = (svg: string) =>
      svg
        .match(/width="(\d+)" height="(\d+)"/)!
        .slice(1)
        .map(Number);
    const [width, height] = size(svgOf(WEB_POD));
    const [movedWidth, movedHeight] = size(svgOf(WEB_POD, { 'container:web': { x: 2000, y: 1500 } }));
    expect(movedWidth).toBeGreaterThan(Math.max(width!, 2000 + 248));
    expect(movedHeight).toBeGreaterThan(Math.max(height!, 1500 + 100));
  });

  it('draws the controller around the pod', () => {
    expect(words(svgOf(makeDeployment({ containers: [makeContainer('api')] })))).toEqual(
      expect.arrayContaining(['Deployment', 'demo', '2 replicas', 'api']),
    );
  });

  it('escapes names and images so the document stays well-formed', () => {
    const svg = svgOf(makePod({ containers: [makeContainer('a', { image: 'evil"<script>&' })] }, { name: '<b>' }));
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(words(svg)).toEqual(expect.arrayContaining(['evil"<script>&', '<b>']));
  });

  it('draws an empty pod when there is no workload', () => {
    expect(words(svgOf(null))).toEqual(expect.arrayContaining(['This pod has no containers yet.']));
  });

  it('shortens text that would overflow its box', () => {
    expect(fitText('short', 100, 10)).toBe('short');
    expect(fitText('registry.example.com/team/very-long-image-name:1.2.3', 100, 10)).toBe('registry.exampl…');
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
