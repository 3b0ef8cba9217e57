/**
 * Entry point of the headless command line (README.md, "Command line"). Run with tsx on Node 20:
 *   npx tsx src/cli/main.ts three-body --hours 1.5 --step-s 60 > out.csv
 * (`node --experimental-strip-types` needs Node ≥ 22.6 and extension-less imports do not resolve there.)
 */
import { runCli } from './run';

function writeOut(text: string): Promise<void> | void {
  if (process.stdout.write(text)) return;
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  // `sim … | head` closes the pipe early: stop quietly.
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

runCli(process.argv.slice(2), { out: writeOut, err: (t) => process.stderr.write(t) }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
