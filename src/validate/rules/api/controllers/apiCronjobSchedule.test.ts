import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../../model/dataPath';
import { findingsOf } from '../../../../testing/findingsOf';
import { apiCronjobScheduleRule } from './apiCronjobSchedule';
import { cronScheduleProblems } from '../../../support/workloads/cronSchedule';

const cronJob = (fields: string) => `
apiVersion: batch/v1
kind: CronJob
metadata: {name: report}
spec:
${fields}
  jobTemplate:
    spec:
      template:
        spec: {restartPolicy: OnFailure, containers: [{name: a, image: b}]}
`;
const typed = (yaml: string) =>
  findingsOf(yaml, apiCronjobScheduleRule).map((f) => `${f.ruleId} ${f.errorType} @ ${formatDataPath(f.path)}`);

describe('api/cronjob-schedule', () => {
  it('reports a missing schedule, an invalid one, a TZ prefix and an unknown time zone', () => {
    expect(typed(cronJob(''))).toEqual(['api/cronjob-schedule Required @ spec.schedule']);
    expect(typed(cronJob('  schedule: "0 0 * *"'))).toEqual(['api/cronjob-schedule Invalid @ spec.schedule']);
    expect(typed(cronJob('  schedule: "CRON_TZ=UTC 0 0 * * *"'))).toEqual([
      'api/cronjob-schedule Invalid @ spec.schedule',
    ]);
    expect(typed(cronJob('  schedule: "@daily"\n  timeZone: Mars/Olympus_Mons'))).toEqual([
      'api/cronjob-schedule Invalid @ spec.timeZone',
    ]);
  });

  it('accepts standard schedules, descriptors and IANA time zones', () => {
    expect(typed(cronJob('  schedule: "*/15 9-17 * * mon-fri"\n  timeZone: Europe/Berlin'))).toEqual([]);
    expect(typed(cronJob('  schedule: "@every 1h30m"'))).toEqual([]);
  });
});

describe('cronScheduleProblems', () => {
  it.each(['0 * * * *', '*/5 * * * *', '0 0 1,15 * *', '0 12 * JAN-MAR sun', '5/10 * * * ?', '@hourly', '@every 90s'])(
    'accepts %s',
    (schedule) => {
      expect(cronScheduleProblems(schedule)).toEqual([]);
    },
  );

  it.each([
    '0 0 * *',
    '60 * * * *',
    '0 24 * * *',
    '0 0 0 * *',
    '0 0 * 13 *',
    '0 0 * * 7',
    '*/0 * * * *',
    '5-1 * * * *',
    '@often',
    '@every soon',
    'a b c d e',
  ])('refuses %s', (schedule) => {
    expect(cronScheduleProblems(schedule)).not.toEqual([]);
  });
});
