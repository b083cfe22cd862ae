import type { DataPath } from '../../../../model/dataPath';
import { field, isJsonObject } from '../../../../model/jsonValue';
import type { ObjectContext } from '../../../objectContext';
import { defineRule, type RuleReport } from '../../../rule';
import { controllerSpec, type ControllerSpec } from '../../../support/workloads/controllerSpec';
import {
  isEmptySelector,
  labelSelectorMatches,
  stringLabels,
  type Labels,
} from '../../../support/labels/labelSelectorMatches';
import { labelSelectorReports } from '../../../support/labels/labelSelectorReports';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

type Report = (finding: RuleReport) => void;

/** "Make the selector match the template labels": select exactly the template's labels. */
function selectorFix(context: ObjectContext, selectorPath: DataPath, labels: Labels, asLabelMap: boolean) {
  if (Object.keys(labels).length === 0) return {};
  return {
    fix: setFieldFix(
      context,
      selectorPath,
      asLabelMap ? { ...labels } : { matchLabels: { ...labels } },
      'Make the selector match the template labels',
    ),
  };
}

function labelsText(labels: Labels): string {
  const entries = Object.entries(labels);
  return entries.length === 0 ? 'no labels' : entries.map(([key, value]) => `${key}=${value}`).join(', ');
}

/** Deployment, ReplicaSet, StatefulSet: a required, non-empty LabelSelector matching the template. */
function checkAppsSelector(context: ObjectContext, controller: ControllerSpec, labels: Labels, report: Report): void {
  const selectorPath = [...controller.specPath, 'selector'];
  const labelsPath = [...controller.templatePath, 'metadata', 'labels'];
  const selector = field(controller.spec, 'selector');
  const isDaemonSet = controller.kind === 'DaemonSet';
  if (selector === undefined || selector === null) {
    if (!isDaemonSet) {
      report({
        path: selectorPath,
        markerPath: controller.specPath,
        errorType: 'Required',
        message: `A ${controller.kind} needs a selector saying which pods it manages.`,
        ...selectorFix(context, selectorPath, labels, false),
      });
    }
    // A missing selector selects nothing, so the template's labels never match it.
    report({
      path: labelsPath,
      markerPath: controller.templatePath,
      errorType: 'Invalid',
      message: `The ${controller.kind} has no selector, so its template's labels (${labelsText(labels)}) match nothing.`,
      ...selectorFix(context, selectorPath, labels, false),
    });
    return;
  }
  if (!isJsonObject(selector)) return;
  for (const problem of labelSelectorReports(selector, selectorPath)) report(problem);
  if (isEmptySelector(selector)) {
    report({
      path: selectorPath,
      errorType: 'Invalid',
      message: `An empty selector would select every pod in the namespace; a ${controller.kind} must select its own pods by label.`,
      ...selectorFix(context, selectorPath, labels, false),
    });
    return;
  }
  const matches = labelSelectorMatches(selector, labels);
  if (matches === undefined) {
    if (!isDaemonSet)
      report({
        path: selectorPath,
        errorType: 'Invalid',
        message: 'The selector is not a valid label selector (see the problems in it).',
      });
    return;
  }
  if (!matches) {
    const simple =
      !Array.isArray(field(selector, 'matchExpressions')) ||
      (field(selector, 'matchExpressions') as unknown[]).length === 0;
    report({
      path: labelsPath,
      markerPath: Object.keys(labels).length > 0 ? labelsPath : controller.templatePath,
      errorType: 'Invalid',
      message: `The selector does not match the template's labels (${labelsText(labels)}), so the ${controller.kind} would not recognise the pods it creates.`,
      ...(simple ? selectorFix(context, selectorPath, labels, false) : {}),
    });
  }
}

/** ReplicationController: a plain label map, defaulted from the template labels when empty. */
function checkReplicationControllerSelector(
  context: ObjectContext,
  controller: ControllerSpec,
  labels: Labels,
  report: Report,
): void {
  const selectorPath = [...controller.specPath, 'selector'];
  const rawSelector = field(controller.spec, 'selector');
  if (rawSelector !== undefined && rawSelector !== null && !isJsonObject(rawSelector)) return;
  const selector = stringLabels(rawSelector);
  if (Object.keys(selector).length === 0) {
    if (Object.keys(labels).length === 0) {
      report({
        path: selectorPath,
        markerPath: controller.specPath,
        errorType: 'Required',
        message: 'A ReplicationController needs a selector, or template labels to default it from.',
      });
    }
    return;
  }
  const matches = Object.entries(selector).every(([key, value]) => Object.hasOwn(labels, key) && labels[key] === value);
  if (!matches) {
    report({
      path: [...controller.templatePath, 'metadata', 'labels'],
      markerPath:
        Object.keys(labels).length > 0 ? [...controller.templatePath, 'metadata', 'labels'] : controller.templatePath,
      errorType: 'Invalid',
      message: `The selector (${labelsText(selector)}) does not match the template's labels (${labelsText(labels)}).`,
      ...selectorFix(context, selectorPath, labels, true),
    });
  }
}

/** Job: the selector is generated unless manualSelector is true; a manual one must match the template. */
function checkJobSelector(context: ObjectContext, controller: ControllerSpec, labels: Labels, report: Report): void {
  const selectorPath = [...controller.specPath, 'selector'];
  const selector = field(controller.spec, 'selector');
  const manual = field(controller.spec, 'manualSelector') === true;
  if (!manual) {
    if (isJsonObject(selector)) {
      report({
        path: selectorPath,
        errorType: 'Invalid',
        message:
          'A Job generates its own selector; remove this one, or set manualSelector: true if you really manage the pod labels yourself.',
      });
    }
    return;
  }
  if (!isJsonObject(selector)) {
    report({
      path: selectorPath,
      markerPath: controller.specPath,
      errorType: 'Required',
      message: 'With manualSelector: true the Job needs a selector.',
      ...selectorFix(context, selectorPath, labels, false),
    });
    return;
  }
  for (const problem of labelSelectorReports(selector, selectorPath)) report(problem);
  if (labelSelectorMatches(selector, labels) === false) {
    report({
      path: [...controller.templatePath, 'metadata', 'labels'],
      markerPath:
        Object.keys(labels).length > 0 ? [...controller.templatePath, 'metadata', 'labels'] : controller.templatePath,
      errorType: 'Invalid',
      message: `The selector does not match the template's labels (${labelsText(labels)}).`,
    });
  }
}

/** CronJob: the Jobs it creates get generated selectors, so the job template sets none. */
function checkCronJobSelector(controller: ControllerSpec, report: Report): void {
  const selector = field(controller.spec, 'selector');
  if (selector !== undefined && selector !== null) {
    report({
      path: [...controller.specPath, 'selector'],
      errorType: 'Invalid',
      message: "A CronJob's job template cannot set a selector: each Job it creates generates its own.",
    });
  }
  if (field(controller.spec, 'manualSelector') === true) {
    report({
      path: [...controller.specPath, 'manualSelector'],
      errorType: 'NotSupported',
      message: "manualSelector cannot be true in a CronJob's job template.",
    });
  }
}

/**
 * Controllers: a controller finds its pods by label, so its selector is required (Deployment,
 * ReplicaSet, StatefulSet), not empty, well formed, and matches the pod template's labels
 * (`spec.template.metadata.labels` Invalid "`selector` does not match template `labels`").
 */
export const apiControllerSelectorRule = defineRule({
  id: 'api/controller-selector',
  severity: 'error',
  title: "A controller's selector matches its pod template",
  why: 'A controller finds the pods it owns by their labels: its selector must match the labels it puts on the pods it creates, or it would never see them and keep creating more.',
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors',
  appliesTo: 'workload',
  mirrors: [
    'apps.ValidateDeploymentSpec',
    'apps.ValidateStatefulSetSpec',
    'apps.ValidateReplicaSetSpec',
    'core.ValidateReplicationControllerSpec',
    'batch.ValidateJobSpec',
    'batch.ValidateJobTemplateSpec',
    'metaV1.ValidateLabelSelector',
  ],
  check(context, report) {
    const controller = controllerSpec(context);
    if (!controller) return;
    const labels = stringLabels(context.podMetadata ? field(context.podMetadata, 'labels') : undefined);
    switch (controller.kind) {
      case 'Deployment':
      case 'ReplicaSet':
      case 'StatefulSet':
      case 'DaemonSet':
        checkAppsSelector(context, controller, labels, report);
        return;
      case 'ReplicationController':
        checkReplicationControllerSelector(context, controller, labels, report);
        return;
      case 'Job':
        checkJobSelector(context, controller, labels, report);
        return;
      case 'CronJob':
        checkCronJobSelector(controller, report);
        return;
      default:
        return;
    }
  },
});
