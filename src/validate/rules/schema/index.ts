import type { Rule } from '../../rule';
import { apiVersionRule } from './apiVersion';
import { fieldTypeRule } from './fieldType';
import { quantityRule } from './quantity';
import { requiredFieldRule } from './requiredField';
import { secretDataBase64Rule } from './secretDataBase64';
import { unknownFieldRule } from './unknownField';
import { unsupportedValueRule } from './unsupportedValue';

/**
 * What the API server's decoder rejects before any validation runs, checked against the
 * Kubernetes 1.36 JSON schema: unknown fields, wrong types, missing required fields, values
 * outside a fixed set, malformed quantities and base64, and an apiVersion that does not serve
 * the kind. Objects of kinds the schema does not know (custom resources) are skipped.
 */
export const schemaRules: readonly Rule[] = [
  apiVersionRule,
  unknownFieldRule,
  fieldTypeRule,
  requiredFieldRule,
  unsupportedValueRule,
  quantityRule,
  secretDataBase64Rule,
];
