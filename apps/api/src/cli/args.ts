import type { DomainError, LocalizedText } from '@jifen/domain';
import { msg } from '@jifen/messages';

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/** Splits argv into positional words and `--flag [value]` pairs; `-` is positional (stdin). */
export function parseArgs(argv: readonly string[], valueFlags: ReadonlySet<string>): ParsedArgs | DomainError {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (!valueFlags.has(name)) {
      flags.set(name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) {
      return usageError(msg('cli.needsValue', { name }));
    }
    flags.set(name, value);
  }
  return { positional, flags };
}

export function usageError(message: LocalizedText): DomainError {
  return { code: 'CLI.USAGE', message };
}

export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}
