import { field, isJsonArray } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { containersExceptEphemeral, describeContainer } from '../../support/containers/podContainers';
import { setFieldFix } from '../../support/fixes/fieldFixes';

/** A whole command line: an executable followed by arguments, unquoted (`tail -F /var/log/app.log`). */
const COMMAND_LINE = /^[\w./-]+(\s+[^\s'"`$|&;<>(){}\\]+)+$/;

/**
 * A `command` whose first item is a whole command line. The kubelet runs no shell: it looks for
 * an executable named "tail -F /var/log/app/app.log" and the container fails to start.
 */
export const practiceCommandLineInOneItemRule = defineRule({
  id: 'practice/command-line-in-one-item',
  severity: 'warning',
  title: 'command lists the executable and each argument apart',
  why: 'Kubernetes runs command without a shell: the first item is the executable, each further item one argument. A whole command line in one item names an executable that does not exist, so the container fails to start ("no such file or directory").',
  docsUrl: 'https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of containersExceptEphemeral(context)) {
      const command = field(slot.container, 'command');
      if (!isJsonArray(command) || command.length === 0) continue;
      const first = command[0];
      if (typeof first !== 'string' || !COMMAND_LINE.test(first.trim())) continue;
      const path = [...slot.path, 'command'];
      const split = [...first.trim().split(/\s+/), ...command.slice(1)];
      report({
        path: [...path, 0],
        message: `The command of the ${describeContainer(slot)} is one item, "${first}": the kubelet looks for an executable of that whole name. List the executable and each argument as items of their own.`,
        fix: setFieldFix(context, path, split, `Split it into ${split.length} items`),
      });
    }
  },
});
