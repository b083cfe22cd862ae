import { describe, expect, it } from 'vitest';
import type { DocumentSnapshot } from './documentSnapshot';
import { shareFragmentPayload } from './shareFragment';
import { decodeSharePayload, encodeShareFragment, sameDesign, SHARE_LIMITS } from './shareLink';

const DESIGN: DocumentSnapshot = {
  text: '# the web pod\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web # ünïcode ✓\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: site\n',
  positions: { '0': { 'container:web': { x: 40, y: 96 }, 'volume:data': { x: 24.4, y: 300.6 } } },
  workloadRef: { documentIndex: 0, itemIndex: null },
};

async function payloadOf(design: DocumentSnapshot): Promise<string> {
  const encoded = await encodeShareFragment(design);
  if (!encoded.ok) throw new Error(encoded.message);
  const payload = shareFragmentPayload(`#${encoded.fragment}`);
  if (payload === null) throw new Error('no payload');
  return payload;
}

/** Deflate-raw of raw bytes, base64url-encoded: a hand-made payload. */
async function deflatePayload(text: string | Uint8Array): Promise<string> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  const compressed = new Uint8Array(await new Response(stream).arrayBuffer());
  return Buffer.from(compressed).toString('base64url');
}

describe('share links', () => {
  it('round-trips the text exactly, the positions (whole pixels) and the chosen workload', async () => {
    const decoded = await decodeSharePayload(await payloadOf(DESIGN));
    expect(decoded).toEqual({
      ok: true,
      design: {
        text: DESIGN.text,
        positions: { '0': { 'container:web': { x: 40, y: 96 }, 'volume:data': { x: 24, y: 301 } } },
        workloadRef: DESIGN.workloadRef,
      },
    });
    if (decoded.ok) expect(sameDesign(decoded.design, DESIGN)).toBe(true);
  });

  it('round-trips an empty design and a workload inside a List', async () => {
    const design: DocumentSnapshot = { text: '', positions: {}, workloadRef: { documentIndex: 2, itemIndex: 1 } };
    expect(await decodeSharePayload(await payloadOf(design))).toEqual({ ok: true, design });
  });

  it('makes URL-safe fragments that start with design=', async () => {
    const encoded = await encodeShareFragment(DESIGN);
    expect(encoded.ok && encoded.fragment).toMatch(/^design=[A-Za-z0-9_-]+$/);
  });

  it('compresses: a typical pod gives a link far shorter than its text', async () => {
    const text = DESIGN.text.repeat(20);
    const payload = await payloadOf({ ...DESIGN, text });
    expect(payload.length).toBeLessThan(text.length / 4);
  });

  it('finds the payload only in a design fragment', () => {
    expect(shareFragmentPayload('#design=abc')).toBe('abc');
    expect(shareFragmentPayload('design=abc')).toBe('abc');
    expect(shareFragmentPayload('#exercise=sidecars')).toBeNull();
    expect(shareFragmentPayload('')).toBeNull();
  });

  it('rejects a payload that is not base64url', async () => {
    expect(await decodeSharePayload('not base64!')).toMatchObject({ ok: false, reason: 'encoding' });
    expect(await decodeSharePayload('abcde')).toMatchObject({ ok: false, reason: 'encoding' });
  });

  it('rejects data that does not inflate, and a cut-off link', async () => {
    expect(
      await decodeSharePayload(Buffer.from('hello, this is not deflate data').toString('base64url')),
    ).toMatchObject({ ok: false, reason: 'compression' });
    expect(await decodeSharePayload('')).toMatchObject({ ok: false, reason: 'compression' });
    const payload = await payloadOf(DESIGN);
    const cut = await decodeSharePayload(payload.slice(0, Math.floor(payload.length / 2)));
    expect(cut.ok).toBe(false);
  });

  it('rejects content that is not JSON', async () => {
    expect(await decodeSharePayload(await deflatePayload('kind: Pod'))).toMatchObject({ ok: false, reason: 'json' });
    expect(await decodeSharePayload(await deflatePayload(new Uint8Array([0xff, 0xfe, 0x7b])))).toMatchObject({
      ok: false,
      reason: 'json',
    });
  });

  it('rejects another version of the format', async () => {
    expect(
      await decodeSharePayload(await deflatePayload(JSON.stringify({ v: 2, text: '', positions: {}, workload: null }))),
    ).toMatchObject({ ok: false, reason: 'version' });
    expect(
      await decodeSharePayload(await deflatePayload(JSON.stringify({ text: '', positions: {}, workload: null }))),
    ).toMatchObject({ ok: false, reason: 'version' });
  });

  it('rejects JSON that is not a design', async () => {
    for (const value of [
      [1, 2],
      'text',
      { v: 1, text: 3, positions: {}, workload: null },
      { v: 1, text: '', positions: { '0': { a: { x: 'one', y: 2 } } }, workload: null },
      { v: 1, text: '', positions: {}, workload: { documentIndex: 'first' } },
    ]) {
      expect(await decodeSharePayload(await deflatePayload(JSON.stringify(value)))).toMatchObject({
        ok: false,
        reason: 'shape',
      });
    }
  });

  it('stops inflating a design larger than the limit (a zip bomb) without reading it all', async () => {
    const huge = JSON.stringify({
      v: 1,
      text: 'a'.repeat(SHARE_LIMITS.maxDecompressedBytes + 10),
      positions: {},
      workload: null,
    });
    const payload = await deflatePayload(huge);
    expect(payload.length).toBeLessThan(10_000);
    const decoded = await decodeSharePayload(payload);
    expect(decoded).toMatchObject({ ok: false, reason: 'too-large' });
    if (!decoded.ok) expect(decoded.message).toMatch(/2 MB/);
  });

  it('rejects a link longer than browsers keep', async () => {
    expect(await decodeSharePayload('A'.repeat(SHARE_LIMITS.maxUrlLength + 1))).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });

  it('refuses to encode a design larger than the limit', async () => {
    const encoded = await encodeShareFragment({ ...DESIGN, text: 'x'.repeat(SHARE_LIMITS.maxDecompressedBytes) });
    expect(encoded.ok).toBe(false);
    if (!encoded.ok) expect(encoded.message).toMatch(/too large/);
  });

  it('refuses to encode when the whole URL would be too long', async () => {
    const encoded = await encodeShareFragment(DESIGN, SHARE_LIMITS.maxUrlLength - 10);
    expect(encoded.ok).toBe(false);
  });

  it('tells designs apart by text, positions and workload', () => {
    expect(sameDesign(DESIGN, { ...DESIGN })).toBe(true);
    expect(sameDesign(DESIGN, { ...DESIGN, text: `${DESIGN.text} ` })).toBe(false);
    expect(sameDesign(DESIGN, { ...DESIGN, positions: {} })).toBe(false);
    expect(sameDesign(DESIGN, { ...DESIGN, workloadRef: null })).toBe(false);
  });
});
