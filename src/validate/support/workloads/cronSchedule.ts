/**
 * The cron syntax CronJobs accept: the standard parser of robfig/cron v3 (`cron.ParseStandard`),
 * which the API server uses to validate `spec.schedule`.
 */

interface FieldBounds {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: Readonly<Record<string, number>>;
}

const MONTH_NAMES = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const DAY_NAMES = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const FIELDS: readonly FieldBounds[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES },
  { name: 'day of week', min: 0, max: 6, names: DAY_NAMES },
];

const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
const GO_DURATION = /^[+-]?(0|((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;
const INTEGER = /^[+-]?\d+$/;

function parseNumber(text: string, bounds: FieldBounds): number | string {
  const named = bounds.names?.[text.toLowerCase()];
  if (named !== undefined) return named;
  if (!INTEGER.test(text)) return `"${text}" is not a number${bounds.names ? ' or a name' : ''}`;
  const number = Number(text);
  return number < 0 ? `negative number ${number} is not allowed` : number;
}

/** Why one part of a field (`1-5/2`, `*`, `mon`) is invalid, or undefined when it is fine. */
function rangeProblem(expression: string, bounds: FieldBounds): string | undefined {
  const rangeAndStep = expression.split('/');
  const lowAndHigh = rangeAndStep[0]!.split('-');
  let start: number;
  let end: number;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = bounds.min;
    end = bounds.max;
  } else {
    const low = parseNumber(lowAndHigh[0]!, bounds);
    if (typeof low === 'string') return low;
    start = low;
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) {
      const high = parseNumber(lowAndHigh[1]!, bounds);
      if (typeof high === 'string') return high;
      end = high;
    } else return `too many hyphens in "${expression}"`;
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    const parsed = parseNumber(rangeAndStep[1]!, { ...bounds, names: undefined });
    if (typeof parsed === 'string') return parsed;
    step = parsed;
    if (lowAndHigh.length === 1 && lowAndHigh[0] !== '*' && lowAndHigh[0] !== '?') end = bounds.max;
  } else if (rangeAndStep.length > 2) return `too many slashes in "${expression}"`;
  if (start < bounds.min) return `${start} is below the ${bounds.name} minimum ${bounds.min}`;
  if (end > bounds.max) return `${end} is above the ${bounds.name} maximum ${bounds.max}`;
  if (start > end) return `the range ${start}-${end} runs backwards`;
  if (step === 0) return 'a step must be a positive number';
  return undefined;
}

/**
 * Why a cron schedule is invalid (empty when it is valid): five fields (minute hour day-of-month
 * month day-of-week) or a descriptor like `@hourly` / `@every 1h30m`.
 * @example cronScheduleProblems('*\/5 * * * *') → []
 * @example cronScheduleProblems('0 0 * *') → ['expected exactly 5 fields, found 4']
 */
export function cronScheduleProblems(schedule: string): string[] {
  let spec = schedule;
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    const space = spec.indexOf(' ');
    if (space < 0) return ['a time zone prefix needs a schedule after it'];
    spec = spec.slice(space).trim();
  }
  if (spec.startsWith('@')) {
    if (DESCRIPTORS.has(spec)) return [];
    if (spec.startsWith('@every ')) {
      const duration = spec.slice('@every '.length);
      return GO_DURATION.test(duration) ? [] : [`"${duration}" is not a duration like 90s, 15m or 1h30m`];
    }
    return [
      `"${spec}" is not a known descriptor; use @hourly, @daily, @weekly, @monthly, @yearly or @every <duration>`,
    ];
  }
  const fields = spec.split(/\s+/).filter((part) => part !== '');
  if (fields.length !== 5)
    return [`expected exactly 5 fields (minute hour day-of-month month day-of-week), found ${fields.length}`];
  const problems: string[] = [];
  fields.forEach((text, index) => {
    const bounds = FIELDS[index]!;
    for (const part of text.split(',')) {
      const problem = rangeProblem(part, bounds);
      if (problem) {
        problems.push(`${bounds.name}: ${problem}`);
        return;
      }
    }
  });
  return problems.slice(0, 1);
}
