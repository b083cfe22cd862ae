// @ts-check

/** A problem with the input packages: reported as a message, not a stack trace. */
export class GeneratorError extends Error {}

/**
 * Stops the generator with a message that names the package, file or type it could not read.
 * @param {string} message
 * @returns {never}
 */
export function fail(message) {
  throw new GeneratorError(message);
}
