import { containerNames } from '../model/containers';
import { field, isJsonArray, type JsonObject } from '../model/jsonValue';
import { volumeNames } from '../model/volumes';
import {
  dns1123LabelProblems,
  dns1123SubdomainProblems,
  ianaServiceNameProblems,
  isRelaxedEnvVarName,
  labelValueProblems,
  qualifiedNameProblems,
} from '../validate/support/nameFormats';
import { parseQuantityMillis } from '../model/quantity';
import { cronScheduleProblems } from '../validate/support/workloads/cronSchedule';

/**
 * Checks of what a person types into the inspector, as plain sentences (null when the text is
 * fine). A field shows the sentence and writes nothing until the text is valid, so the document
 * never holds a value of the wrong type.
 */
export type FieldCheck = (text: string) => string | null;

const WHOLE_NUMBER = /^\d+$/;

export function portNumberProblem(text: string): string | null {
  if (!WHOLE_NUMBER.test(text.trim())) return 'A port is a whole number from 1 to 65535.';
  const port = Number(text.trim());
  return port >= 1 && port <= 65535 ? null : 'A port is a whole number from 1 to 65535.';
}

/** A probe's port: a number, or the name of one of the container's ports. */
export function portReferenceProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'Give a port number or the name of a port.';
  if (WHOLE_NUMBER.test(trimmed)) return portNumberProblem(trimmed);
  return portNameProblem(trimmed);
}

/** The port number as a number, or the port name as text. */
export function parsePortReference(text: string): number | string {
  const trimmed = text.trim();
  return WHOLE_NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
}

export function portNameProblem(text: string): string | null {
  const problems = ianaServiceNameProblems(text);
  return problems.length ? `A port name ${problems.join('; ')}.` : null;
}

/** An integer field: empty is fine (the key is removed), else a whole number in range. */
export function integerProblem(min: number, max = Number.MAX_SAFE_INTEGER): FieldCheck {
  return (text) => {
    const trimmed = text.trim();
    if (trimmed === '') return null;
    if (!/^-?\d+$/.test(trimmed)) return 'Enter a whole number.';
    const value = Number(trimmed);
    if (value < min) return `Enter ${min} or more.`;
    if (value > max) return `Enter ${max} or less.`;
    return null;
  };
}

/** A resource quantity (`500m`, `128Mi`); empty is fine (the key is removed). */
export function quantityProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const millis = parseQuantityMillis(trimmed);
  if (millis === null) return 'Not a quantity: use a number with an optional unit, like 250m, 0.5, 128Mi or 1Gi.';
  return millis < 0n ? 'A quantity cannot be negative.' : null;
}

export function dnsLabelProblem(text: string): string | null {
  if (text === '') return 'A name is required.';
  const problems = dns1123LabelProblems(text);
  return problems.length ? `A name ${problems.join('; ')}.` : null;
}

/** Names of other objects (ConfigMaps, Secrets, claims, service accounts). Empty is fine. */
export function objectNameProblem(text: string): string | null {
  if (text === '') return null;
  const problems = dns1123SubdomainProblems(text);
  return problems.length ? `An object name ${problems.join('; ')}.` : null;
}

export function labelKeyProblem(text: string): string | null {
  if (text === '') return 'A key is required.';
  const problems = qualifiedNameProblems(text);
  return problems.length ? `A key: ${problems.join('; ')}.` : null;
}

export function labelValueProblem(text: string): string | null {
  const problems = labelValueProblems(text);
  return problems.length ? `A label value ${problems.join('; ')}.` : null;
}

export function envNameProblem(text: string): string | null {
  if (text === '') return 'A variable name is required.';
  return isRelaxedEnvVarName(text) ? null : 'A variable name uses printable characters other than "=".';
}

/** Why the container cannot be renamed to `to` (a bad name, or another container has it). */
export function containerRenameProblem(podSpec: JsonObject, from: string, to: string): string | null {
  if (to === from) return null;
  if (containerNames(podSpec).includes(to)) return `Another container is already named "${to}".`;
  return dnsLabelProblem(to);
}

export function volumeRenameProblem(podSpec: JsonObject, from: string, to: string): string | null {
  if (to === from) return null;
  if (volumeNames(podSpec).includes(to)) return `Another volume is already named "${to}".`;
  return dnsLabelProblem(to);
}

/** Why a port of `container` cannot be named `to` (empty removes the name). */
export function portRenameProblem(container: JsonObject, portIndex: number, to: string): string | null {
  if (to === '') return null;
  const ports = field(container, 'ports');
  if (isJsonArray(ports) && ports.some((port, index) => index !== portIndex && field(port, 'name') === to))
    return `Another port of this container is named "${to}".`;
  return portNameProblem(to);
}

/** A CronJob schedule (five cron fields, or a macro such as @daily). */
export function cronScheduleProblem(text: string): string | null {
  if (text.trim() === '') return 'A schedule is required, such as "*/5 * * * *".';
  const problems = cronScheduleProblems(text.trim());
  return problems.length ? `Not a schedule: ${problems.join('; ')}.` : null;
}
