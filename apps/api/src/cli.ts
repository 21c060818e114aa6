// The `jifen` command line: the shell around the pure domain. It reads
// files and stdin, computes today's date in Asia/Shanghai, prints bilingual
// text (or JSON with --json) and maps domain errors to exit code 2.
import { readFile } from 'node:fs/promises';
import { type LocalizedText, msg } from '@jifen/messages';
import { policySet } from '@jifen/policies';
import { parseArgs } from './cli/args.ts';
import { COMMANDS, findCommand } from './cli/commands.ts';
import { bi, errorLines, label } from './cli/format.ts';
import { isDomainError, type CliContext } from './cli/types.ts';
import { shanghaiDate } from './clock.ts';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  ctx: CliContext;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

// A reader that closes the pipe early (`jifen ... | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT_OK);
  throw e;
});

export const nodeIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  ctx: {
    policySet,
    today: () => shanghaiDate(new Date()),
    readStdin: () => readAll(process.stdin),
    readFile: (path) => readFile(path, 'utf8'),
  },
};

function helpLines(): string[] {
  const exit = (code: number, t: LocalizedText) => `${code} ${label(t)}`;
  return [
    `jifen — ${bi(msg('cli.help.title'))}`,
    '',
    `${label(msg('cli.help.usage'))}:`,
    ...COMMANDS.flatMap((c) => [`  ${c.usage}`, `      ${bi(c.summary)}`]),
    '',
    `${label(msg('cli.help.commonOptions'))}:`,
    `  --json     ${bi(msg('cli.help.json'))}`,
    `  --help     ${bi(msg('cli.help.help'))}`,
    `  --as-of    ${bi(msg('cli.help.asOf'))}`,
    '',
    `${label(msg('cli.help.exitCodes'))}: ${[
      exit(EXIT_OK, msg('cli.help.ok')),
      exit(EXIT_BAD_INPUT, msg('cli.help.badInput')),
      exit(EXIT_INTERNAL, msg('cli.help.internal')),
    ].join('; ')}`,
  ];
}

export async function runCli(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  const words: string[] = [];
  for (const a of argv) {
    if (a.startsWith('-')) break;
    words.push(a);
  }
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  const command = findCommand(words);
  if (!command) {
    if (wantsHelp || argv.length === 0) {
      helpLines().forEach(io.out);
      return wantsHelp ? EXIT_OK : EXIT_BAD_INPUT;
    }
    errorLines({
      code: 'CLI.UNKNOWN_COMMAND',
      message: msg('cli.unknownCommand', { words: words.join(' ') }),
    }).forEach(io.err);
    return EXIT_BAD_INPUT;
  }
  if (wantsHelp) {
    [`${label(msg('cli.help.usage'))}: ${command.usage}`, `  ${command.summary.zh}`, `  ${command.summary.en}`].forEach(
      io.out,
    );
    return EXIT_OK;
  }
  const asJson = argv.includes('--json');
  const parsed = parseArgs(argv.slice(command.path.length), new Set(command.valueFlags ?? []));
  const result = 'code' in parsed ? parsed : await command.run(parsed, io.ctx);
  if (isDomainError(result)) {
    if (asJson) io.out(JSON.stringify({ error: result }, null, 2));
    errorLines(result).forEach(io.err);
    return EXIT_BAD_INPUT;
  }
  if (asJson) io.out(JSON.stringify(result.json, null, 2));
  else result.text.forEach(io.out);
  return EXIT_OK;
}
