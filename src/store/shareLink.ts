import type { DocumentSnapshot, PositionsByWorkload } from './documentSnapshot';
import type { ObjectRef } from '../model/workloads';
import { SHARE_FRAGMENT_KEY } from './shareFragment';

/**
 * A share link carries the whole design in the URL fragment (`#design=…`), so it opens the same
 * design anywhere with no server: the YAML text exactly as typed (all documents, comments kept),
 * the node positions and the chosen workload, as versioned JSON, deflated (deflate-raw) and
 * base64url-encoded. The fragment never reaches a server.
 */
export const SHARE_FORMAT_VERSION = 1;

export const SHARE_LIMITS = {
  /**
   * Longest share URL we make or read. Chromium keeps URLs up to 2 MB (2,097,152 characters);
   * other browsers and chat apps cut much shorter ones, which is why the encoder reports the
   * length and the UI warns above {@link SHARE_LIMITS.comfortableUrlLength}.
   */
  maxUrlLength: 2_000_000,
  /** Links longer than this work in Chromium but may be cut by mail and chat apps. */
  comfortableUrlLength: 8_000,
  /** Largest design (decompressed JSON, in bytes) a link may hold: guards against zip bombs. */
  maxDecompressedBytes: 2 * 1024 * 1024,
} as const;

/** What a share link failed on, in words a person understands. */
export type ShareLinkErrorReason = 'encoding' | 'compression' | 'json' | 'version' | 'shape' | 'too-large';

export type ShareLinkDecoded =
  | { readonly ok: true; readonly design: DocumentSnapshot }
  | { readonly ok: false; readonly reason: ShareLinkErrorReason; readonly message: string };

export type ShareLinkEncoded =
  | { readonly ok: true; readonly fragment: string }
  | { readonly ok: false; readonly message: string };

interface SharedDesignV1 {
  readonly v: 1;
  readonly text: string;
  readonly positions: PositionsByWorkload;
  readonly workload: ObjectRef | null;
}

const MESSAGES: Record<ShareLinkErrorReason, string> = {
  encoding:
    'This share link is damaged (it is not valid base64url): it may have been cut or changed when it was copied. Your current design is unchanged.',
  compression:
    'This share link is damaged (its compressed data does not unpack): it may have been cut when it was copied. Your current design is unchanged.',
  json: 'This share link is damaged (its content is not a design). Your current design is unchanged.',
  version:
    'This share link was made by a newer or unknown version of Pod Designer and cannot be opened here. Your current design is unchanged.',
  shape: 'This share link does not contain a Pod Designer design. Your current design is unchanged.',
  'too-large': `This share link holds a design larger than ${SHARE_LIMITS.maxDecompressedBytes / 1024 / 1024} MB, which Pod Designer does not open from links. Your current design is unchanged.`,
};

function failure(reason: ShareLinkErrorReason): ShareLinkDecoded {
  return { ok: false, reason, message: MESSAGES[reason] };
}

/**
 * The fragment (`design=…`, without `#`) that holds `design`, or why it cannot be shared.
 * `baseUrlLength` is the length of the URL before `#`, to check the whole link's length.
 */
export async function encodeShareFragment(design: DocumentSnapshot, baseUrlLength = 0): Promise<ShareLinkEncoded> {
  const shared: SharedDesignV1 = {
    v: SHARE_FORMAT_VERSION,
    text: design.text,
    positions: roundPositions(design.positions),
    workload: design.workloadRef,
  };
  const json = new TextEncoder().encode(JSON.stringify(shared));
  if (json.byteLength > SHARE_LIMITS.maxDecompressedBytes) {
    return {
      ok: false,
      message: `The design is too large for a share link (${formatMegabytes(json.byteLength)}, the limit is ${formatMegabytes(SHARE_LIMITS.maxDecompressedBytes)}). Use Export YAML instead.`,
    };
  }
  const compressed = await pipeBytes(json, new CompressionStream('deflate-raw'), Infinity);
  const fragment = `${SHARE_FRAGMENT_KEY}=${toBase64Url(compressed)}`;
  if (baseUrlLength + 1 + fragment.length > SHARE_LIMITS.maxUrlLength) {
    return {
      ok: false,
      message: 'The design is too large for a share link that browsers keep. Use Export YAML instead.',
    };
  }
  return { ok: true, fragment };
}

/** Reads the design of a share link's payload (the part after `design=`); never throws. */
export async function decodeSharePayload(payload: string): Promise<ShareLinkDecoded> {
  if (payload.length > SHARE_LIMITS.maxUrlLength) return failure('too-large');
  const bytes = fromBase64Url(payload);
  if (!bytes) return failure('encoding');
  let json: Uint8Array;
  try {
    json = await pipeBytes(bytes, new DecompressionStream('deflate-raw'), SHARE_LIMITS.maxDecompressedBytes);
  } catch (error) {
    return failure(error instanceof SizeLimitError ? 'too-large' : 'compression');
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return failure('json');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return failure('shape');
  const record = value as Record<string, unknown>;
  if (record.v !== SHARE_FORMAT_VERSION) return failure('version');
  if (typeof record.text !== 'string' || !isPositions(record.positions) || !isObjectRefOrNull(record.workload))
    return failure('shape');
  return { ok: true, design: { text: record.text, positions: record.positions, workloadRef: record.workload } };
}

/** True when two designs are the same (text, positions and chosen workload). */
export function sameDesign(a: DocumentSnapshot, b: DocumentSnapshot): boolean {
  return (
    a.text === b.text &&
    JSON.stringify(roundPositions(a.positions)) === JSON.stringify(roundPositions(b.positions)) &&
    JSON.stringify(a.workloadRef) === JSON.stringify(b.workloadRef)
  );
}

class SizeLimitError extends Error {}

/** Runs bytes through a (de)compression stream, stopping once the output passes `limit` bytes. */
async function pipeBytes(
  input: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  const written = writer.write(input as Uint8Array<ArrayBuffer>).then(() => writer.close());
  // A failed write also fails the readable side; the read loop reports it.
  written.catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new SizeLimitError('too large');
    }
    chunks.push(value);
  }
  await written;
  const output = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return output;
}

/** Positions rounded to whole pixels: shorter links, and nobody sees a tenth of a pixel. */
function roundPositions(positions: PositionsByWorkload): PositionsByWorkload {
  return Object.fromEntries(
    Object.entries(positions).map(([workload, byEntity]) => [
      workload,
      Object.fromEntries(
        Object.entries(byEntity).map(([id, at]) => [id, { x: Math.round(at.x), y: Math.round(at.y) }]),
      ),
    ]),
  );
}

function isPositions(value: unknown): value is PositionsByWorkload {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (byEntity) =>
      typeof byEntity === 'object' &&
      byEntity !== null &&
      !Array.isArray(byEntity) &&
      Object.values(byEntity).every(
        (at) =>
          typeof at === 'object' &&
          at !== null &&
          Number.isFinite((at as { x: unknown }).x) &&
          Number.isFinite((at as { y: unknown }).y),
      ),
  );
}

function isObjectRefOrNull(value: unknown): value is ObjectRef | null {
  if (value === null) return true;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  const ref = value as Record<string, unknown>;
  return Number.isInteger(ref.documentIndex) && (ref.itemIndex === null || Number.isInteger(ref.itemIndex));
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return null;
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
