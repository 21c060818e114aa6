import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APPLICATION_STATES, TRANSITIONS, decide, type ApplicationState, type Role } from '@jifen/domain';
import { policySet } from '@jifen/policies';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { statusForCode } from '../../plugins/errors.ts';
import { act, createDraft, PASSING_INPUT, withoutPointsOnFile } from './test-support.ts';
import { USER_ACTIONS } from './applications.view.ts';

vi.mock('./assessment-input.ts', async () => {
  const { PASSING_INPUT: input } = await import('./test-support.ts');
  return { loadHolderInput: async () => ({ ok: true, value: input }) };
});

const ROLES: Role[] = ['holder', 'hr', 'clerk', 'reviewer'];
const USERS: Record<string, string> = {
  holder: 'holder.li',
  hr: 'hr.acme',
  clerk: 'clerk.pd',
  reviewer: 'reviewer.pd',
  consultant: 'consultant',
  admin: 'admin',
};
const sh2026 = policySet.versions.find((v) => v.id === 'sh-2026')!;
const CTX = {
  now: '2026-06-15T02:00:00.000Z',
  today: '2026-06-15',
  calendar: policySet.calendar,
  policy: sh2026.params,
};

/**
 * Every (state, action, role) through the API against what the domain's
 * TRANSITIONS table says: allowed moves answer 200 with the target state,
 * the others the decide() error's code and status; consultants and
 * administrators never reach the workflow (403).
 */
describe.each(DB_KINDS)('every transition per role through the API (%s)', (kind) => {
  let h: Harness;
  const clients = new Map<string, Client>();
  let appId: string;
  let liMing: string;

  beforeAll(async () => {
    h = await startHarness(kind);
    for (const [role, username] of Object.entries(USERS)) clients.set(role, await Client.signedIn(h.app, username));
    liMing = await holderIdByName(h.db, '李明');
    await withoutPointsOnFile(h.db, liMing);
    appId = (await createDraft(clients.get('hr')!, liMing)).id;
    expect(PASSING_INPUT.education).toBe('benke_bachelor');
  });
  afterAll(async () => h?.close());

  it('matches the domain table for every state x action x role', async () => {
    const failures: string[] = [];
    const allowedSeen = new Set<string>();
    for (const state of APPLICATION_STATES) {
      for (const action of USER_ACTIONS) {
        for (const role of ROLES) {
          const { version } = await h.db.one<{ version: number }>(
            "UPDATE applications SET state = $2, sla_due = CASE WHEN $2 = 'under_review' THEN DATE '2026-07-14' END WHERE id = $1 RETURNING version",
            [appId, state],
          );
          const expected = decide(
            {
              id: appId,
              number: 'JF2026-000001',
              kind: 'first_application',
              state: state as ApplicationState,
              employerChanged: false,
              dataChanged: true,
            },
            { action, role, actorId: 'x', reason: '原因' },
            CTX,
          );
          const res = await act(clients.get(role)!, appId, action, version, '原因');
          // An approval opens a points cycle; the next first application is for a holder without one again (L-4).
          if (action === 'approve' && res.statusCode === 200) await withoutPointsOnFile(h.db, liMing);
          const tag = `${state} ${action} as ${role}`;
          if (expected.ok) {
            const to = action === 'submit' ? 'under_review' : expected.value.next;
            if (res.statusCode !== 200 || res.json().application.state !== to)
              failures.push(`${tag}: expected 200 -> ${to}, got ${res.statusCode} ${res.body.slice(0, 100)}`);
            allowedSeen.add(`${state}:${action}:${role}`);
          } else {
            const code = res.json().error?.code;
            if (res.statusCode !== statusForCode(expected.error.code) || code !== expected.error.code) {
              failures.push(
                `${tag}: expected ${statusForCode(expected.error.code)} ${expected.error.code}, got ${res.statusCode} ${code}`,
              );
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // confirm_on_paper has a route of its own with the scan (paper-confirmation.test.ts), not /actions.
    const viaActions = TRANSITIONS.filter((t) => (USER_ACTIONS as readonly string[]).includes(t.action));
    const userRows = viaActions.flatMap((t) =>
      t.roles.filter((r) => ROLES.includes(r)).map((r) => `${t.from}:${t.action}:${r}`),
    );
    expect([...allowedSeen].sort()).toEqual([...new Set(userRows)].sort());
  });

  it('keeps consultants and administrators out of the workflow', async () => {
    for (const who of ['consultant', 'admin']) {
      for (const action of USER_ACTIONS) {
        const res = await act(clients.get(who)!, appId, action, 1, '原因');
        expect(res.statusCode, `${who} ${action}`).toBe(403);
        expect(res.json().error.code).toBe('AUTH.FORBIDDEN');
      }
    }
  });
});
