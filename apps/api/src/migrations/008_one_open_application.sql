-- 008 one open application per holder, one approved points record per
-- permit cycle (issue #11 item 6). 20 parallel creates with different
-- Idempotency-Keys gave 21 drafts, and two approvals for one holder: the
-- rule now lives in unique indexes, so no interleaving of requests can break it.

-- 1. Existing duplicates: each holder keeps the open application touched
-- last; the others are withdrawn by the system, with an event saying why.
-- "Open" is every state but the final ones (FINAL_STATES in
-- packages/domain/src/workflow/types.ts), so a state added later is open.
WITH ranked AS (
  SELECT id, state, row_number() OVER (PARTITION BY holder_id ORDER BY updated_at DESC, id DESC) AS rn
  FROM applications WHERE state NOT IN ('approved', 'rejected', 'withdrawn')
), withdrawn AS (
  UPDATE applications a SET state = 'withdrawn', version = a.version + 1, sla_due = NULL, updated_at = now()
  FROM ranked r WHERE a.id = r.id AND r.rn > 1
  RETURNING a.id, a.version, r.state AS from_state
)
INSERT INTO application_events (id, application_id, seq, from_state, to_state, action, role, actor_id, rule_id, reason, at)
SELECT gen_random_uuid(), id, version, from_state, 'withdrawn', 'withdraw', 'system', NULL, NULL,
  'Migration 008: a second open application of the same holder (at most one may be open)', now()
FROM withdrawn;

CREATE UNIQUE INDEX applications_one_open_per_holder ON applications (holder_id)
  WHERE state NOT IN ('approved', 'rejected', 'withdrawn');

-- 2. The permit cycle an approval belongs to: the holder's permit row in
-- force when it was approved (each endorsement is a new permits row, L-7).
ALTER TABLE applications ADD COLUMN permit_id uuid REFERENCES permits (id);

-- Existing approvals: the permit issued on or before the approval day
-- (Shanghai time) with the latest expiry. Where one cycle already has several
-- approvals, the first keeps the link and the later ones stay NULL: they are
-- in the audit log for the talent centre to review, and are not rewritten here.
WITH cycle AS (
  SELECT a.id, a.updated_at,
    (SELECT p.id FROM permits p
      WHERE p.holder_id = a.holder_id AND p.issued_on <= ((a.updated_at AT TIME ZONE 'UTC') + interval '8 hours')::date
      ORDER BY p.expires_on DESC, p.id LIMIT 1) AS permit_id
  FROM applications a WHERE a.state = 'approved'
), firsts AS (
  SELECT id, permit_id, row_number() OVER (PARTITION BY permit_id ORDER BY updated_at, id) AS rn
  FROM cycle WHERE permit_id IS NOT NULL
)
UPDATE applications a SET permit_id = f.permit_id FROM firsts f WHERE a.id = f.id AND f.rn = 1;

CREATE UNIQUE INDEX applications_one_approved_per_permit ON applications (permit_id)
  WHERE state = 'approved' AND permit_id IS NOT NULL;
