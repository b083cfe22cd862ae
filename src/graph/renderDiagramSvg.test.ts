import { describe, expect, it } from 'vitest';
import { makeContainer, makeDeployment, makePod } from '../model/fixtures/workloadBuilders';
import type { JsonObject } from '../model/jsonValue';
import { createGraphProjector } from './projectGraph';
import { escapeXml, fitText, renderDiagramSvg } from './renderDiagramSvg';

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

/** The text content of every <text> element, unescaped. */
function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
    match[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe('renderDiagramSvg', () => {
  it('draws the objects outside the pod, marked external when the file does not define them', () => {
    const texts = textsOf(svgOf(WEB_POD));
    expect(texts).toContain('ConfigMap · external');
    expect(texts).toContain('site-content');
    expect(svgOf(WEB_POD)).toContain('class="reference-edge"');
  });

  it('is a standalone SVG document with its styles and a title', () => {
    const svg = svgOf(WEB_POD);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('<style>');
    expect(svg).toContain('<title>Pod web</title>');
    expect(svg).not.toMatch(/href=|url\(/);
  });

  it('shows the pod, each container with its role, image, ports and probes, the volume and the mount', () => {
    const texts = textsOf(svgOf(WEB_POD));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Pod',
        'web',
        '1. Init container',
        'setup',
        '2. Sidecar',
        'log-shipper',
        'Container',
        'nginx:1.27',
        'ports http :8080',
        'Readiness: HTTP /healthz:8080',
        'site',
        'configMap: site-content',
        '/usr/share/nginx/html (read-only)',
      ]),
    );
    expect(texts).toEqual(expect.arrayContaining(['Init containers', 'Sidecars', 'App containers']));
  });

  it('sizes the drawing to hold every node, including ones the user moved far away', () => {
    const size = (svg: string) =>
      svg
        .match(/width="(\d+)" height="(\d+)"/)!
        .slice(1)
        .map(Number);
    const [width, height] = size(svgOf(WEB_POD));
    const [movedWidth, movedHeight] = size(svgOf(WEB_POD, { 'container:web': { x: 2000, y: 1500 } }));
    expect(movedWidth).toBeGreaterThan(Math.max(width!, 2000 + 260));
    expect(movedHeight).toBeGreaterThan(Math.max(height!, 1500 + 132));
  });

  it('draws the controller around the pod', () => {
    const texts = textsOf(svgOf(makeDeployment({ containers: [makeContainer('api')] })));
    expect(texts).toEqual(expect.arrayContaining(['Deployment', 'demo', '2 replicas', 'api']));
  });

  it('escapes names and images so the document stays well-formed', () => {
    const svg = svgOf(makePod({ containers: [makeContainer('a', { image: 'evil"<script>&' })] }, { name: '<b>' }));
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(textsOf(svg)).toEqual(expect.arrayContaining(['evil"<script>&', '<b>']));
  });

  it('draws an empty pod when there is no workload', () => {
    expect(textsOf(svgOf(null))).toEqual(expect.arrayContaining(['This pod has no containers yet.']));
  });

  it('shortens text that would overflow its box', () => {
    expect(fitText('short', 100, 10)).toBe('short');
    expect(fitText('registry.example.com/team/very-long-image-name:1.2.3', 100, 10)).toBe('registry.exampl…');
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
