-- 003 holder data: endorsements (签注, L-7), permit holding years (L-3/L-4),
-- the holder's indicator claims and social-insurance / tax records.
-- Claims and records are AES-256-GCM ciphertext (PI-1, PI-2); only counts
-- and versions are stored in the clear.

-- L-3/L-4: the day the permit holding years count from; restarted by a late
-- endorsement when the policy in force says so. NULL: from the first permit.
ALTER TABLE holders ADD COLUMN holding_since date;

-- One row per endorsement at a community affairs acceptance centre. The
-- renewed validity is a new row in permits (permit_id); the previous row stays.
CREATE TABLE endorsements (
  id uuid PRIMARY KEY,
  permit_id uuid NOT NULL REFERENCES permits (id),
  previous_permit_id uuid NOT NULL REFERENCES permits (id),
  holder_id uuid NOT NULL REFERENCES holders (id),
  centre_id text NOT NULL REFERENCES service_centres (id),
  clerk_user_id uuid NOT NULL REFERENCES users (id),
  endorsed_on date NOT NULL,
  previous_expires_on date NOT NULL,
  new_expires_on date NOT NULL,
  days_overdue integer NOT NULL,
  lifecycle_state text NOT NULL CHECK (lifecycle_state IN ('valid', 'renewal_window', 'grace', 'points_cleared')),
  holding_years_restart boolean NOT NULL,
  -- L-4: endorsed after the points were cleared; a new points application is needed.
  points_need_new_application boolean NOT NULL,
  policy_id text NOT NULL,
  policy_hash char(64) NOT NULL,
  created_at timestamptz NOT NULL,
  CHECK (new_expires_on > endorsed_on)
);
CREATE INDEX endorsements_holder ON endorsements (holder_id, endorsed_on);

-- The holder's indicator claims (education, title, shortage major, spouse,
-- commendations, ...) as encrypted JSON. Optimistic locking by version.
CREATE TABLE holder_claims (
  holder_id uuid PRIMARY KEY REFERENCES holders (id),
  claims_enc text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  updated_by uuid NOT NULL REFERENCES users (id),
  updated_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  confirmed_version integer
);

-- Monthly social-insurance and income-tax records as encrypted JSON (PI-1).
CREATE TABLE holder_si_records (
  holder_id uuid PRIMARY KEY REFERENCES holders (id),
  records_enc text NOT NULL,
  months_count integer NOT NULL CHECK (months_count >= 0),
  first_month char(7),
  last_month char(7),
  version integer NOT NULL CHECK (version >= 1),
  updated_by uuid NOT NULL REFERENCES users (id),
  updated_at timestamptz NOT NULL
);
