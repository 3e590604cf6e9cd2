/** Entry point of the `baocao` command (bin/baocao.mjs loads this through tsx). */
import { APP_VERSION } from '../core/version';
import { runCli } from './run-cli';

const code = await runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    today: () => new Date(),
  },
  APP_VERSION,
);
process.exitCode = code;
