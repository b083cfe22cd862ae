import { defineRule } from '../../rule';
import { programName, shellScriptOf, startWords, withoutQuotedText } from '../../support/containers/shellScript';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';

/** Programs that supervise several processes inside one container. */
const PROCESS_MANAGERS: Readonly<Record<string, string>> = {
  supervisord: 'supervisord',
  monit: 'monit',
  runsvdir: 'runit',
  runsv: 'runit',
  'runit-init': 'runit',
  's6-svscan': 's6',
  forego: 'a Procfile runner',
  honcho: 'a Procfile runner',
  foreman: 'a Procfile runner',
  systemd: 'systemd',
  cron: 'cron',
  crond: 'cron',
};
/** Full paths that are init systems (plain `init` is too ambiguous; tini and dumb-init are fine). */
const INIT_PATHS = new Set([
  '/init',
  '/sbin/init',
  '/usr/sbin/init',
  '/lib/systemd/systemd',
  '/usr/lib/systemd/systemd',
]);
/** Background helpers that are part of a single-process pattern (`sleep infinity & wait`). */
const HARMLESS_BACKGROUND = new Set(['sleep', 'wait', 'tail', 'true', ':']);

function processManagerOf(word: string): string | undefined {
  if (INIT_PATHS.has(word)) return 'an init system';
  return PROCESS_MANAGERS[programName(word)];
}

/** Commands a shell script sends to the background with a single `&`. */
export function backgroundCommands(script: string): string[] {
  const text = withoutQuotedText(script);
  const commands: string[] = [];
  let segmentStart = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n' || char === ';' || char === '|' || char === '(' || char === ')') {
      segmentStart = i + 1;
      continue;
    }
    if (char !== '&') continue;
    const previous = text[i - 1];
    const next = text[i + 1];
    // `2>&1`, `<&3` and `&>` redirect output; they do not end the command.
    if (previous === '>' || previous === '<' || next === '>') continue;
    if (next === '&') {
      i++;
      segmentStart = i + 1;
      continue;
    }
    const segment = script.slice(segmentStart, i).trim();
    segmentStart = i + 1;
    const words = segment.split(/\s+/).filter((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
    const program = words[0] === 'nohup' || words[0] === 'exec' ? words[1] : words[0];
    if (program && !HARMLESS_BACKGROUND.has(programName(program))) commands.push(programName(program));
  }
  return commands;
}

/** One process per container: no supervisors, cron daemons or `&`-backgrounded servers. */
export const practiceProcessManagerRule = defineRule({
  id: 'practice/process-manager',
  severity: 'warning',
  title: 'One process per container',
  why: "Kubernetes watches only a container's main process: it restarts the container when that process exits and sends it the stop signal, so a second process started with & can die unnoticed and a supervisor hides crashes. Run each process in its own container of the pod (or a CronJob for cron).",
  docsUrl: 'https://kubernetes.io/docs/concepts/workloads/pods/',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) {
      const cPath = [...slot.path];
      const first = startWords(slot.container)[0];
      const script = shellScriptOf(slot.container);
      const scriptProgram = script
        ? withoutQuotedText(script.script)
            .trim()
            .split(/\s+/)
            .filter((w) => w !== 'exec')[0]
        : undefined;
      const manager =
        (first && processManagerOf(first.word)) ?? (scriptProgram ? processManagerOf(scriptProgram) : undefined);
      if (manager && first) {
        const cron = manager === 'cron';
        report({
          path: [...cPath, ...(script ? script.path : [first.key, first.index])],
          severity: 'info',
          message: cron
            ? `The ${describeContainer(slot)} runs a cron daemon; a Kubernetes CronJob runs scheduled tasks as their own pods, with history and retries.`
            : `The ${describeContainer(slot)} runs ${manager} to manage several processes; Kubernetes then cannot see or restart them one by one.`,
        });
        continue;
      }
      if (!script) continue;
      const background = backgroundCommands(script.script);
      if (background.length === 0) continue;
      report({
        path: [...cPath, ...script.path],
        message: `The ${describeContainer(slot)} starts ${background.map((p) => `"${p}"`).join(', ')} in the background (&); if ${background.length === 1 ? 'it dies' : 'one dies'}, nothing restarts it and Kubernetes does not notice.`,
      });
    }
  },
});
