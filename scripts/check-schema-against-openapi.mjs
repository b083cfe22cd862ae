#!/usr/bin/env node
/**
 * Maintenance check, not part of `npm test`: compares the generated Kubernetes JSON Schema
 * (src/generated/kubernetes-schema.json, from scripts/generate-kubernetes-schema.mjs) with an
 * official Kubernetes OpenAPI v2 document (swagger.json of the same Kubernetes minor version).
 *
 * For every definition in both: the property names, each property's type (string, integer,
 * number, boolean, array of X, map of X, $ref), the required list, enums, and (counted, with
 * examples) the descriptions. `null`, which the generated schema accepts for optional properties,
 * is left out of the comparison; so are formats (int32/int64 are both `integer` here).
 * Prints each difference, then a summary. Exit code 0 when it ran (differences are information
 * to review), 2 on a usage error.
 *
 * Usage: node scripts/check-schema-against-openapi.mjs OPENAPI_JSON [GENERATED_SCHEMA_JSON]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [openapiFile, schemaFile = path.join(projectRoot, 'src', 'generated', 'kubernetes-schema.json')] =
  process.argv.slice(2);
if (!openapiFile) {
  console.error('usage: node scripts/check-schema-against-openapi.mjs OPENAPI_JSON [GENERATED_SCHEMA_JSON]');
  process.exit(2);
}

const openapi = JSON.parse(readFileSync(openapiFile, 'utf8'));
const generated = JSON.parse(readFileSync(schemaFile, 'utf8'));
const officialDefinitions = openapi.definitions ?? {};
const generatedDefinitions = generated.definitions ?? {};

function refName(ref) {
  return ref.replace(/^#\/definitions\//, '');
}

/** A readable, comparable type of a property schema, with `null` left out. */
function typeOf(schema) {
  if (!schema || typeof schema !== 'object') return 'any';
  if (schema.$ref) return `$ref ${refName(schema.$ref)}`;
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((type) => type && type !== 'null');
  if (types.length === 0) return schema.properties ? 'object' : 'any';
  if (types.length > 1) return types.sort().join('|');
  const [type] = types;
  if (type === 'array') return `array of ${typeOf(schema.items)}`;
  if (type === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    return `map of ${typeOf(schema.additionalProperties)}`;
  }
  return type;
}

function enumOf(schema) {
  const values = schema?.enum ?? schema?.items?.enum ?? schema?.additionalProperties?.enum;
  return values ? values.filter((value) => value !== null) : undefined;
}

function sameList(left = [], right = []) {
  return left.length === right.length && [...left].sort().every((value, index) => value === [...right].sort()[index]);
}

function normaliseText(text = '') {
  return text.replace(/\s+/g, ' ').trim();
}

/** The generated descriptions add the "Possible enum values" list of the processed OpenAPI. */
function withoutEnumList(text = '') {
  return text.replace(/\n*Possible enum values:(\n\s*- `[^\n]*)+/g, '');
}

const differences = new Map(); // category -> lines
function report(category, line) {
  if (!differences.has(category)) differences.set(category, []);
  differences.get(category).push(line);
}

const counts = { definitions: 0, properties: 0, descriptionsCompared: 0, descriptionsDiffering: 0, enums: 0 };
const descriptionExamples = [];

const officialNames = Object.keys(officialDefinitions).sort();
const generatedNames = Object.keys(generatedDefinitions).sort();
const onlyOfficial = officialNames.filter((name) => !(name in generatedDefinitions));
const onlyGenerated = generatedNames.filter((name) => !(name in officialDefinitions));
for (const name of onlyOfficial) report('definition only in the official OpenAPI', name);
for (const name of onlyGenerated) report('definition only in the generated schema', name);

function compareDescription(where, official, ours) {
  if (official === undefined) return;
  counts.descriptionsCompared++;
  if (normaliseText(withoutEnumList(ours)) !== normaliseText(official)) {
    counts.descriptionsDiffering++;
    if (descriptionExamples.length < 5) {
      descriptionExamples.push(
        `${where}\n    official:  ${JSON.stringify(official).slice(0, 300)}\n    generated: ${JSON.stringify(ours).slice(0, 300)}`,
      );
    }
  }
}

for (const name of officialNames.filter((candidate) => candidate in generatedDefinitions)) {
  counts.definitions++;
  const official = officialDefinitions[name];
  const ours = generatedDefinitions[name];
  compareDescription(name, official.description, ours.description);

  const officialType = typeOf(official);
  const ourType = typeOf(ours);
  if (officialType !== ourType) report('definition type', `${name}: official ${officialType}, generated ${ourType}`);

  const officialProperties = official.properties ?? {};
  const ourProperties = ours.properties ?? {};
  for (const property of Object.keys(officialProperties).sort()) {
    if (!(property in ourProperties)) report('property only in the official OpenAPI', `${name}.${property}`);
  }
  for (const property of Object.keys(ourProperties).sort()) {
    if (!(property in officialProperties)) {
      report('property only in the generated schema', `${name}.${property}`);
      continue;
    }
    counts.properties++;
    const officialProperty = officialProperties[property];
    const ourProperty = ourProperties[property];
    const where = `${name}.${property}`;
    if (typeOf(officialProperty) !== typeOf(ourProperty)) {
      report('property type', `${where}: official ${typeOf(officialProperty)}, generated ${typeOf(ourProperty)}`);
    }
    const officialEnum = enumOf(officialProperty);
    const ourEnum = enumOf(ourProperty);
    if (ourEnum) counts.enums++;
    if (officialEnum && !ourEnum) report('enum only in the official OpenAPI', `${where}: ${officialEnum.join(', ')}`);
    else if (ourEnum && !officialEnum) report('enum only in the generated schema', `${where}: ${ourEnum.join(', ')}`);
    else if (officialEnum && !sameList(officialEnum, ourEnum)) {
      report('enum values', `${where}: official ${officialEnum.join(', ')}, generated ${ourEnum.join(', ')}`);
    }
    compareDescription(where, officialProperty.description, ourProperty.description);
  }

  if (!sameList(official.required, ours.required)) {
    report(
      'required',
      `${name}: official [${(official.required ?? []).join(', ')}], generated [${(ours.required ?? []).join(', ')}]`,
    );
  }
  const officialStrict = official.additionalProperties;
  if (
    officialStrict !== undefined &&
    typeOf({ type: 'object', additionalProperties: officialStrict }) !== typeOf(ours)
  ) {
    report('definition type', `${name}: official additionalProperties ${JSON.stringify(officialStrict)}`);
  }
}

const roots = openapi['x-roots'] ?? [];
const ourRoots = Object.values(generated['x-pod-designer-roots'] ?? {}).map((root) => root.definition);
for (const root of roots) if (!ourRoots.includes(root)) report('root only in the official OpenAPI', root);
for (const root of ourRoots)
  if (roots.length > 0 && !roots.includes(root)) report('root only in the generated schema', root);

for (const [category, lines] of differences) {
  console.log(`\n## ${category} (${lines.length})`);
  for (const line of lines) console.log(`  ${line}`);
}
if (descriptionExamples.length > 0) {
  console.log(`\n## descriptions that differ (first ${descriptionExamples.length} of ${counts.descriptionsDiffering})`);
  for (const example of descriptionExamples) console.log(`  ${example}`);
}

console.log('\n## summary');
console.log(
  `  official definitions: ${officialNames.length}, generated: ${generatedNames.length}, compared: ${counts.definitions}`,
);
console.log(`  official roots: ${roots.length}, generated roots: ${ourRoots.length}`);
console.log(`  properties compared: ${counts.properties}, generated enums: ${counts.enums}`);
console.log(`  descriptions compared: ${counts.descriptionsCompared}, differing: ${counts.descriptionsDiffering}`);
const total = [...differences.values()].reduce((sum, lines) => sum + lines.length, 0);
console.log(
  `  differences: ${total}${total > 0 ? ` (${[...differences].map(([category, lines]) => `${category}: ${lines.length}`).join('; ')})` : ''}`,
);
