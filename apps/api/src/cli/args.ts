import type { DomainError } from '@jifen/domain';

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
      return usageError(`选项 --${name} 需要一个值`, `option --${name} needs a value`);
    }
    flags.set(name, value);
  }
  return { positional, flags };
}

export function usageError(zh: string, en: string): DomainError {
  return { code: 'CLI.USAGE', message: { zh, en } };
}

export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}
