// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pascalCase } from './definitionNames.mjs';
import { fail } from './generatorError.mjs';
import { relativePath } from './kubernetesPackages.mjs';

/** @import { KubernetesPackages } from './kubernetesPackages.mjs' */

/**
 * A definition's ajv standalone validator (`_schemas/IoK8s….js`), minified: its function bodies
 * by name, and the exported one. It says what the .d.ts cannot: integer or floating-point
 * numbers, base64 strings, and the required properties (checked against the .d.ts).
 * @typedef {object} AjvValidator
 * @property {string} file
 * @property {Map<string, string>} bodies
 * @property {string} main
 */

/**
 * @param {KubernetesPackages} packages
 * @param {string} definitionName
 * @param {string} declarationFile The .d.ts the validator belongs to, for messages.
 * @returns {AjvValidator}
 */
export function readValidatorOf(packages, definitionName, declarationFile) {
  const pkg = definitionName.startsWith('io.k8s.apimachinery.') ? packages.apimachinery : packages.models;
  const file = path.join(pkg.dir, '_schemas', `${pascalCase(definitionName)}.js`);
  if (!existsSync(file))
    fail(`no validator ${relativePath(packages, file)} for ${relativePath(packages, declarationFile)}`);
  const code = readFileSync(file, 'utf8');
  const source = relativePath(packages, file);
  const exported = /export const validate=(validate\d+);/.exec(code)?.[1];
  if (!exported) return fail(`${source}: no "export const validate=validateN"`);
  /** @type {Map<string, string>} */
  const bodies = new Map();
  const starts = [...code.matchAll(/function (validate\d+)\(/g)];
  starts.forEach((match, index) => {
    const end = starts[index + 1]?.index ?? code.length;
    bodies.set(match[1] ?? '', code.slice(match.index, end));
  });
  if (!bodies.has(exported)) fail(`${source}: ${exported} is not defined`);
  return { file: source, bodies, main: exported };
}

/**
 * The text of a validator function and of every local validator it calls, transitively.
 * @param {AjvValidator} validator
 * @param {string} name
 */
export function validatorClosure(validator, name) {
  const seen = new Set();
  const pending = [name];
  let text = '';
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    const body = validator.bodies.get(current);
    if (seen.has(current) || body === undefined) continue;
    seen.add(current);
    text += body;
    for (const call of body.matchAll(/\b(validate\d+)\b/g)) pending.push(call[1] ?? '');
  }
  return text;
}

/**
 * The JSON types a validator's code checks (`integer`, `number`, `string` …).
 * @param {string} text
 */
export function checkedTypes(text) {
  return new Set([...text.matchAll(/params:\{type:"(\w+)"\}/g)].map((match) => match[1]));
}

/** @param {string} text */
function checkedFormats(text) {
  return new Set([...text.matchAll(/params:\{format:"([\w-]+)"\}/g)].map((match) => match[1]));
}

/**
 * What the validator checks for one property of the main object: its types and formats.
 * @param {AjvValidator} validator
 * @param {string} property
 */
export function propertyFacts(validator, property) {
  const main = validator.bodies.get(validator.main) ?? '';
  const access = /^[A-Za-z_$][\w$]*$/.test(property) ? `data.${property}` : `data[${JSON.stringify(property)}]`;
  const escaped = access.replace(/[.[\]$]/g, (char) => `\\${char}`);
  const call = new RegExp(`void 0!==${escaped}&&\\((validate\\d+)\\(${escaped},`).exec(main)?.[1];
  if (!call) return fail(`${validator.file}: cannot find the validator of property "${property}"`);
  const text = validatorClosure(validator, call);
  return { types: checkedTypes(text), formats: checkedFormats(text) };
}

/**
 * The properties the validator requires.
 * @param {AjvValidator} validator
 */
export function requiredByValidator(validator) {
  const main = validator.bodies.get(validator.main) ?? '';
  return new Set([...main.matchAll(/missingProperty:"([^"]+)"/g)].map((match) => match[1]));
}
