/**
 * Container image references (`registry:5000/team/app:1.2@sha256:…`), parsed with the grammar of
 * the container runtimes (distribution/reference): the tag is what follows the last `:` after the
 * last `/`, so `registry:5000/app` names a registry port and has no tag.
 */
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
 * Parses an image reference; `problem` says in plain words why a runtime would refuse it
 * (InvalidImageName).
 * @example parseImageReference('registry:5000/app') → registry 'registry:5000', repository 'app', no tag
 * @example parseImageReference('nginx:1.27') → repository 'nginx', tag '1.27'
 */
export function parseImageReference(text: string): ImageReferenceResult {
  if (text === '') return { ok: false, problem: 'the image is empty' };
  if (/\s/.test(text)) return { ok: false, problem: 'an image reference cannot contain spaces' };

  let digest: string | undefined;
  let namePart = text;
  const at = text.indexOf('@');
  if (at >= 0) {
    digest = text.slice(at + 1);
    namePart = text.slice(0, at);
    const match = DIGEST.exec(digest);
    if (!match) return { ok: false, problem: `"@${digest}" is not a digest (expected @sha256: followed by 64 hex digits)` };
    if (match[1] === 'sha256' && match[2]!.length !== 64) {
      return { ok: false, problem: `a sha256 digest has exactly 64 hex digits, this one has ${match[2]!.length}` };
    }
  }

  let tag: string | undefined;
  let name = namePart;
  const colon = namePart.indexOf(':', namePart.lastIndexOf('/') + 1);
  if (colon >= 0) {
    tag = namePart.slice(colon + 1);
    name = namePart.slice(0, colon);
    if (!TAG.test(tag)) {
      return {
        ok: false,
        problem: tag === '' ? 'the tag after ":" is empty' : `the tag "${tag}" may contain only letters, digits, "_", "." and "-" (at most 128, not starting with "." or "-")`,
      };
    }
  }
  if (name === '') return { ok: false, problem: 'the repository name is missing' };
  if (name.length > MAX_NAME_LENGTH) return { ok: false, problem: `the repository name is longer than ${MAX_NAME_LENGTH} characters` };

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
    if (component === '') return { ok: false, problem: `"${name}" has an empty path segment (a doubled or trailing "/")` };
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
