// The command table. One file per command; a new command (e.g. `audit
// verify`) is one import and one entry here.
import { assessCommand } from './assess-command.ts';
import { auditCheckpointCommand, auditVerifyCommand } from './audit.ts';
import { backupCommand } from './backup-command.ts';
import { consultationsPurgeCommand } from './consultations-purge.ts';
import { creditCodeCommand, residentIdCommand } from './id-commands.ts';
import { lifecycleCommand } from './lifecycle-command.ts';
import { replayCommand } from './replay-command.ts';
import type { CliCommand } from './types.ts';
import { workdaysAddCommand, workdaysCountCommand } from './workdays-command.ts';

export const COMMANDS: readonly CliCommand[] = [
  lifecycleCommand,
  workdaysAddCommand,
  workdaysCountCommand,
  residentIdCommand,
  creditCodeCommand,
  assessCommand,
  auditVerifyCommand,
  auditCheckpointCommand,
  consultationsPurgeCommand,
  replayCommand,
  backupCommand,
];

/** The command whose path is the longest prefix of the words given. */
export function findCommand(
  words: readonly string[],
  commands: readonly CliCommand[] = COMMANDS,
): CliCommand | undefined {
  let best: CliCommand | undefined;
  for (const c of commands) {
    if (c.path.every((w, i) => words[i] === w) && (!best || c.path.length > best.path.length)) best = c;
  }
  return best;
}
