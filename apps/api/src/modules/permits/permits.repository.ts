import type { Sql } from '../../adapters/db/sql.ts';

export interface PermitRow {
  id: string;
  permit_no: string;
  issued_on: string;
  expires_on: string;
}

export interface EndorsementRow {
  id: string;
  permit_id: string;
  centre_id: string;
  centre_name: string;
  endorsed_on: string;
  previous_expires_on: string;
  new_expires_on: string;
  days_overdue: number;
  lifecycle_state: 'valid' | 'renewal_window' | 'grace' | 'points_cleared';
  holding_years_restart: boolean;
  points_need_new_application: boolean;
  policy_id: string;
  policy_hash: string;
  created_at: Date;
}

export function listPermits(q: Sql, holderId: string) {
  return q.query<PermitRow>(
    `SELECT id, permit_no, issued_on::text AS issued_on, expires_on::text AS expires_on
     FROM permits WHERE holder_id = $1 ORDER BY expires_on DESC`,
    [holderId],
  );
}

/** The current permit (the one that expires last), locked so two endorsements queue. */
export function lockCurrentPermit(q: Sql, holderId: string) {
  return q.maybeOne<PermitRow>(
    `SELECT id, permit_no, issued_on::text AS issued_on, expires_on::text AS expires_on
     FROM permits WHERE holder_id = $1 ORDER BY expires_on DESC LIMIT 1 FOR UPDATE`,
    [holderId],
  );
}

export function listEndorsements(q: Sql, holderId: string) {
  return q.query<EndorsementRow>(
    `SELECT en.id, en.permit_id, en.centre_id, c.name AS centre_name, en.endorsed_on::text AS endorsed_on,
            en.previous_expires_on::text AS previous_expires_on, en.new_expires_on::text AS new_expires_on,
            en.days_overdue, en.lifecycle_state, en.holding_years_restart, en.points_need_new_application,
            en.policy_id, en.policy_hash, en.created_at
     FROM endorsements en JOIN service_centres c ON c.id = en.centre_id
     WHERE en.holder_id = $1 ORDER BY en.endorsed_on DESC, en.created_at DESC`,
    [holderId],
  );
}

/** L-3/L-4: the stored restart day, else the first permit's issue day. */
export async function holdingSince(q: Sql, holderId: string): Promise<string | null> {
  const row = await q.one<{ since: string | null }>(
    `SELECT COALESCE(h.holding_since, (SELECT min(issued_on) FROM permits WHERE holder_id = h.id))::text AS since
     FROM holders h WHERE h.id = $1`,
    [holderId],
  );
  return row.since;
}

export interface NewEndorsement {
  id: string;
  permitId: string;
  previousPermitId: string;
  holderId: string;
  centreId: string;
  clerkUserId: string;
  endorsedOn: string;
  previousExpiresOn: string;
  newExpiresOn: string;
  daysOverdue: number;
  lifecycleState: EndorsementRow['lifecycle_state'];
  holdingYearsRestart: boolean;
  pointsNeedNewApplication: boolean;
  policyId: string;
  policyHash: string;
  createdAt: Date;
}

export async function insertEndorsement(q: Sql, e: NewEndorsement): Promise<void> {
  await q.execute(
    `INSERT INTO endorsements (id, permit_id, previous_permit_id, holder_id, centre_id, clerk_user_id, endorsed_on,
       previous_expires_on, new_expires_on, days_overdue, lifecycle_state, holding_years_restart,
       points_need_new_application, policy_id, policy_hash, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    [
      e.id,
      e.permitId,
      e.previousPermitId,
      e.holderId,
      e.centreId,
      e.clerkUserId,
      e.endorsedOn,
      e.previousExpiresOn,
      e.newExpiresOn,
      e.daysOverdue,
      e.lifecycleState,
      e.holdingYearsRestart,
      e.pointsNeedNewApplication,
      e.policyId,
      e.policyHash,
      e.createdAt,
    ],
  );
}
