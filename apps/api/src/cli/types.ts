import type { DomainError, LocalizedText, PolicySet } from '@jifen/domain';
import type { ParsedArgs } from './args.ts';

/** What a command needs from the shell: the data, the date, and input. */
export interface CliContext {
  policySet: PolicySet;
  /** Today's date in Asia/Shanghai, computed by the shell (never in the domain). */
  today: () => string;
  readStdin: () => Promise<string>;
  readFile: (path: string) => Promise<string>;
}

/** A command's answer: the machine form (printed with --json) and the human lines. */
export interface CliResult {
  json: unknown;
  text: string[];
}

export interface CliCommand {
  /** Words that select it, e.g. ['workdays', 'add']. */
  path: readonly string[];
  usage: string;
  summary: LocalizedText;
  /** Flags that take a value (all others are booleans). */
  valueFlags?: readonly string[];
  run(args: ParsedArgs, ctx: CliContext): Promise<CliResult | DomainError> | CliResult | DomainError;
}

export function isDomainError(x: CliResult | DomainError): x is DomainError {
  return typeof (x as DomainError).code === 'string' && typeof (x as DomainError).message === 'object';
}
