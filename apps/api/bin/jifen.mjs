#!/usr/bin/env node
// `jifen` entry point: registers tsx so the TypeScript sources run as they
// are, then hands argv to the CLI and exits with its code.
import { register } from 'tsx/esm/api';

register();
const { runCli, EXIT_INTERNAL } = await import('../src/cli.ts');
try {
  process.exitCode = await runCli(process.argv.slice(2));
} catch (error) {
  process.stderr.write(
    `内部错误 Internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = EXIT_INTERNAL;
}
