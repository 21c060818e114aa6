import type { DomainError } from '@jifen/domain';
import { msg } from '@jifen/messages';
import { deriveKeys, loadOrCreateDevKey } from '../security/keys.ts';
import { createPiiCipher } from '../security/pii.ts';
import { reloadPolicyData } from '../modules/policy-data/policy-data.service.ts';
import { createLivePolicy } from '../policy/live-policy.ts';
import { replayDecisions } from '../modules/policy-data/replay.service.ts';
import { withConfiguredDatabase } from './configured-database.ts';
import type { CliCommand, CliResult } from './types.ts';

/**
 * `jifen replay` (P-3): every stored decision of the configured database
 * recomputed from its stored inputs under its recorded policy version and
 * parameter hash, on the published policy data; exit 1 on any mismatch.
 */
export const replayCommand: CliCommand = {
  path: ['replay'],
  usage: 'jifen replay',
  summary: msg('cli.replay.summary'),
  run: () =>
    withConfiguredDatabase(
      'policy_documents',
      'POLICY.NO_SCHEMA',
      async (db, config): Promise<CliResult | DomainError> => {
        // The stored inputs are encrypted with the data key (PI-1), as the server reads them.
        const pii = createPiiCipher(deriveKeys(config.dataKey ?? loadOrCreateDevKey(config.dataDir).key));
        const policy = createLivePolicy();
        await reloadPolicyData(db, policy);
        const r = await replayDecisions({ db, pii, policy });
        const head = `重算 replayed ${r.checked} 项决定 decisions: ${r.matched} 一致 matched, ${r.mismatches.length} 不一致 mismatched, ${r.withoutInput} 未存输入 without stored input`;
        if (r.mismatches.length > 0) {
          return {
            code: 'POLICY.REPLAY_MISMATCH',
            ruleId: 'P-3',
            message: msg('cli.replay.mismatch', {
              result: head,
              mismatches: {
                zh: r.mismatches.map((m) => `${m.subjectType} ${m.subjectId}（${m.policyId}）${m.problem}`).join('；'),
                en: r.mismatches.map((m) => `${m.subjectType} ${m.subjectId} (${m.policyId}) ${m.problem}`).join('; '),
              },
            }),
            details: { ...r },
          };
        }
        return { json: r, text: [head] };
      },
    ),
};
