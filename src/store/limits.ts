export { PARSE_LIMITS } from '../yaml/parseManifest';
