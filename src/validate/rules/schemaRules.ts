import type { Rule } from '../rule';
import { schemaApiVersionRule } from './schema/schemaApiVersion';
import { schemaFieldTypeRule } from './schema/schemaFieldType';
import { schemaQuantityRule } from './schema/schemaQuantity';
import { schemaRequiredFieldRule } from './schema/schemaRequiredField';
import { schemaSecretDataBase64Rule } from './schema/schemaSecretDataBase64';
import { schemaTargetVersionApiRule } from './schema/schemaTargetVersionApi';
import { schemaTargetVersionFieldRule } from './schema/schemaTargetVersionField';
import { schemaTargetVersionValueRule } from './schema/schemaTargetVersionValue';
import { schemaUnknownFieldRule } from './schema/schemaUnknownField';
import { schemaUnsupportedValueRule } from './schema/schemaUnsupportedValue';

/**
 * What the API server's decoder rejects before any validation runs, checked against the
 * Kubernetes 1.36 JSON schema: unknown fields, wrong types, missing required fields, values
 * outside a fixed set, malformed quantities and base64, and an apiVersion that does not serve
 * the kind. Objects of kinds the schema does not know (custom resources) are skipped. With a target
 * Kubernetes version: fields and values newer than it, and apiVersions it does not serve.
 */
export const schemaRules: readonly Rule[] = [
  schemaApiVersionRule,
  schemaTargetVersionApiRule,
  schemaTargetVersionFieldRule,
  schemaTargetVersionValueRule,
  schemaUnknownFieldRule,
  schemaFieldTypeRule,
  schemaRequiredFieldRule,
  schemaUnsupportedValueRule,
  schemaQuantityRule,
  schemaSecretDataBase64Rule,
];
