import { readFileSync } from 'node:fs';
import { ALL_RULES } from '../validate/allRules';
import { nodeCliIo } from './nodeCliIo';
import { runCli } from './runCli';

/** The `pod-designer` command: runs with the process's arguments and sets its exit status. */
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version?: string;
};
process.exitCode = await runCli(process.argv.slice(2), nodeCliIo, {
  rules: ALL_RULES,
  version: packageJson.version ?? '0.0.0',
});
