import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { cronScheduleProblems } from '../../../support/workloads/cronSchedule';

const TIME_ZONE_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

/** Whether this JavaScript runtime knows the IANA time zone (undefined when it cannot tell). */
function isKnownTimeZone(timeZone: string): boolean | undefined {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch (error) {
    return error instanceof RangeError ? false : undefined;
  }
}

function timeZoneProblem(timeZone: string): string | undefined {
  if (timeZone === '') return 'timeZone must be left out or name a time zone, like Europe/Berlin';
  const badPart = timeZone
    .split('/')
    .some((part) => part === '.' || part === '..' || part.startsWith('-') || !TIME_ZONE_PART.test(part));
  if (badPart) return `"${timeZone}" is not a known time zone; use an IANA name like Europe/Berlin or Etc/UTC`;
  if (timeZone.toLowerCase() === 'local') return 'timeZone must name an explicit time zone, not Local';
  if (isKnownTimeZone(timeZone) === false)
    return `"${timeZone}" is not a known time zone; use an IANA name like Europe/Berlin or Etc/UTC`;
  return undefined;
}

/**
 * Controllers: a CronJob has a schedule in cron syntax (five fields, or @hourly / @daily / @every …),
 * without a TZ= prefix (the timeZone field replaces it), and a timeZone, when set, names a real zone.
 */
export const apiCronjobScheduleRule = defineRule({
  id: 'api/cronjob-schedule',
  severity: 'error',
  title: 'A CronJob has a valid cron schedule',
  why: 'The schedule says when Jobs are created, in cron syntax: minute, hour, day of month, month and day of week ("*/15 * * * *" is every 15 minutes), or a shortcut like @hourly; the time zone goes in the separate timeZone field.',
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax',
  appliesTo: 'workload',
  mirrors: ['batch.validateScheduleFormat', 'batch.validateTimeZone'],
  check(context, report) {
    if (context.kind !== 'CronJob') return;
    const spec = field(context.object, 'spec');
    const schedule = field(spec, 'schedule');
    const path = ['spec', 'schedule'];
    if (schedule === undefined || schedule === null || schedule === '') {
      report({
        path,
        markerPath: ['spec'],
        errorType: 'Required',
        message: 'A CronJob needs a schedule, like "0 * * * *" (every hour).',
      });
    } else if (typeof schedule === 'string') {
      const problems = cronScheduleProblems(schedule);
      if (problems.length > 0)
        report({
          path,
          errorType: 'Invalid',
          message: `"${schedule}" is not a valid cron schedule: ${problems.join('; ')}.`,
        });
      if (schedule.includes('TZ')) {
        report({
          path,
          errorType: 'Invalid',
          message: 'The schedule cannot contain TZ= or CRON_TZ=; set the timeZone field instead.',
        });
      }
    }
    const timeZone = field(spec, 'timeZone');
    if (typeof timeZone !== 'string') return;
    const problem = timeZoneProblem(timeZone);
    if (problem) report({ path: ['spec', 'timeZone'], errorType: 'Invalid', message: `${problem}.` });
  },
});
