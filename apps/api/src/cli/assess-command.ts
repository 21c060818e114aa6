import {
  ageInputError,
  assessmentInputSchema,
  assessPoints,
  type AssessmentPolicy,
  type DomainError,
} from '@jifen/domain';
import { msg } from '@jifen/messages';
import { usageError } from './args.ts';
import { bi, label } from './format.ts';
import { asOfAndPolicy } from './policy-choice.ts';
import type { CliCommand, CliContext } from './types.ts';

async function readInput(source: string, ctx: CliContext): Promise<unknown | DomainError> {
  let raw: string;
  try {
    raw = source === '-' ? await ctx.readStdin() : await ctx.readFile(source);
  } catch {
    return usageError(msg('cli.assess.unreadable', { source }));
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return usageError(msg('cli.assess.notJson', { source }));
  }
}

export const assessCommand: CliCommand = {
  path: ['assess'],
  usage: 'jifen assess <file.json | -> [--as-of <YYYY-MM-DD>] [--policy <id>]',
  summary: msg('cli.assess.summary'),
  valueFlags: ['as-of', 'policy'],
  async run(args, ctx) {
    const [source] = args.positional;
    if (!source) return usageError(msg('cli.assess.missingInput'));
    const json = await readInput(source, ctx);
    if (json && typeof json === 'object' && 'code' in json && 'message' in json) return json as DomainError;
    const parsed = assessmentInputSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
      return {
        code: 'CLI.INPUT_INVALID',
        ruleId: 'S-17',
        message: msg('cli.assess.invalidInput', { issues: { zh: issues.join('；'), en: issues.join('; ') } }),
        details: { issues },
      };
    }
    const chosen = asOfAndPolicy(args, ctx);
    if ('code' in chosen) return chosen;
    // S-2: a birth date after the evaluation date, or under 16 on it, is invalid input naming the field.
    const age = ageInputError(parsed.data, chosen.asOf);
    if (age) return age;
    const policy: AssessmentPolicy = {
      id: chosen.policy.id,
      hash: chosen.policy.hash,
      params: chosen.policy.params,
      wages: ctx.policySet.wages,
    };
    const a = assessPoints(parsed.data, chosen.asOf, policy);
    const verdict = a.meetsStandard
      ? `${bi(msg('cli.assess.meetsStandard'))} (${a.standardScore})`
      : // The English names the standard score and the Chinese does not, so the two halves hold different values.
        `差 ${a.shortfall} 分 / short by ${a.shortfall} of ${a.standardScore}`;
    const text = [
      `${label(msg('cli.assess.title'))} [S-17]  ${a.asOf}  ${label(msg('cli.assess.policy'))} ${a.policyId} (${a.policyHash.slice(0, 12)})`,
      ...a.lines.map((l) => {
        const head = `  ${String(l.points).padStart(4)}  [${l.ruleId}] ${l.indicator}`;
        const why = l.error ? bi(l.error.message) : l.reason ? bi(l.reason) : '';
        return why ? `${head}: ${why}` : head;
      }),
      `${label(msg('cli.assess.total'))}: ${a.total} — ${verdict}`,
      `${label(msg('cli.assess.eligibility'))}: ${bi(a.eligible ? msg('cli.assess.eligible') : msg('cli.assess.notEligible'))}`,
      ...a.eligibility.filter((c) => !c.passed).map((c) => `  × [${c.ruleId}] ${c.message ? bi(c.message) : ''}`),
    ];
    return { json: a, text };
  },
};
