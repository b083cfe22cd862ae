/**
 * Container image references (`registry:5000/team/app:1.2@sha256:…`), parsed with the grammar of
 * the container runtimes (distribution/reference): the tag is what follows the first `:` after the
 * last `/`, so `registry:5000/app` names a registry port and has no tag.
 */

/** The parts of an image as written, for display; nothing is checked. */
export interface ImageParts {
  /** Everything before the tag: `registry:5000/team/app`. */
  readonly repository: string;
  readonly tag: string | null;
  readonly digest: string | null;
}

/**
 * Splits an image into repository, tag and digest as written (for display, even when invalid).
 * @example parseImageReference('registry:5000/app:1.2') // { repository: 'registry:5000/app', tag: '1.2', digest: null }
 */
export function parseImageReference(image: string): ImageParts {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : null;
  const nameAndTag = at >= 0 ? image.slice(0, at) : image;
  const colon = nameAndTag.indexOf(':', nameAndTag.lastIndexOf('/') + 1);
  if (colon >= 0) return { repository: nameAndTag.slice(0, colon), tag: nameAndTag.slice(colon + 1), digest };
  return { repository: nameAndTag, tag: null, digest };
}

/** How precisely an image is pinned: by digest, by a tag, by `latest`, or not at all. */
export function imagePinning(image: string): 'digest' | 'tag' | 'latest' | 'none' {
  const reference = parseImageReference(image);
  if (reference.digest) return 'digest';
  if (reference.tag === 'latest') return 'latest';
  return reference.tag ? 'tag' : 'none';
}

/** A checked image reference. */
export interface ImageReference {
  /** `ghcr.io`, `registry:5000`, `localhost`; undefined for Docker Hub shorthand (`nginx`). */
  readonly registry: string | undefined;
  /** The path inside the registry: `nginx`, `team/app`. */
  readonly repository: string;
  readonly tag: string | undefined;
  /** `sha256:…` when the image is pinned by content. */
  readonly digest: string | undefined;
}

export type ImageReferenceResult =
  | { readonly ok: true; readonly reference: ImageReference }
  | { readonly ok: false; readonly problem: string };

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*$/;
const IPV6_HOST = /^\[[0-9a-fA-F:.]+\]$/;
const PORT = /^[0-9]+$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*):([0-9a-fA-F]{32,})$/;
const MAX_NAME_LENGTH = 255;

/**
 * Checks an image reference; `problem` says in plain words why a runtime would refuse it
 * (InvalidImageName).
 * @example readImageReference('registry:5000/app') → registry 'registry:5000', repository 'app', no tag
 * @example readImageReference('nginx:1.27') → repository 'nginx', tag '1.27'
 */
export function readImageReference(text: string): ImageReferenceResult {
  if (text === '') return { ok: false, problem: 'the image is empty' };
  if (/\s/.test(text)) return { ok: false, problem: 'an image reference cannot contain spaces' };

  const parts = parseImageReference(text);
  const digest = parts.digest ?? undefined;
  if (digest !== undefined) {
    const match = DIGEST.exec(digest);
    if (!match)
      return { ok: false, problem: `"@${digest}" is not a digest (expected @sha256: followed by 64 hex digits)` };
    if (match[1] === 'sha256' && match[2]!.length !== 64) {
      return { ok: false, problem: `a sha256 digest has exactly 64 hex digits, this one has ${match[2]!.length}` };
    }
  }
  const tag = parts.tag ?? undefined;
  const name = parts.repository;
  if (tag !== undefined && !TAG.test(tag)) {
    return {
      ok: false,
      problem:
        tag === ''
          ? 'the tag after ":" is empty'
          : `the tag "${tag}" may contain only letters, digits, "_", "." and "-" (at most 128, not starting with "." or "-")`,
    };
  }
  if (name === '') return { ok: false, problem: 'the repository name is missing' };
  if (name.length > MAX_NAME_LENGTH)
    return { ok: false, problem: `the repository name is longer than ${MAX_NAME_LENGTH} characters` };

  let registry: string | undefined;
  let repository = name;
  const slash = name.indexOf('/');
  if (slash >= 0) {
    const first = name.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
      registry = first;
      repository = name.slice(slash + 1);
      const registryProblem = registryHostProblem(registry);
      if (registryProblem) return { ok: false, problem: registryProblem };
    }
  }

  for (const component of repository.split('/')) {
    if (component === '')
      return { ok: false, problem: `"${name}" has an empty path segment (a doubled or trailing "/")` };
    if (!PATH_COMPONENT.test(component)) {
      return {
        ok: false,
        problem:
          component !== component.toLowerCase()
            ? `repository names must be lowercase ("${component}")`
            : `"${component}" is not a valid repository name: use lowercase letters and digits separated by ".", "_", "__" or "-"`,
      };
    }
  }
  return { ok: true, reference: { registry, repository, tag, digest } };
}

function registryHostProblem(registry: string): string | undefined {
  let host = registry;
  const portColon = registry.startsWith('[') ? registry.indexOf(':', registry.indexOf(']')) : registry.lastIndexOf(':');
  if (portColon >= 0) {
    const port = registry.slice(portColon + 1);
    host = registry.slice(0, portColon);
    if (!PORT.test(port)) return `the registry port "${port}" is not a number`;
  }
  if (!DOMAIN_NAME.test(host) && !IPV6_HOST.test(host)) return `"${registry}" is not a valid registry host name`;
  return undefined;
}

/** True when the reference names one image version: a digest, or a tag other than `latest`. */
export function isPinnedImage(reference: ImageReference): boolean {
  return reference.digest !== undefined || (reference.tag !== undefined && reference.tag !== 'latest');
}
