-- Issue #4: consultation requests (PI-3) and assessments saved by holders (P-3).

-- A call-back request from the public assessment page. The mobile number is
-- AES-256-GCM ciphertext (PI-1) with a masked copy for the queue; the row is
-- deleted when the person withdraws it or when the retention period ends
-- (CONSULTATION_RETENTION_DAYS). Consent records the notice version and time.
CREATE TABLE consultations (
  id uuid PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  name text NOT NULL,
  mobile_enc text NOT NULL,
  mobile_masked text NOT NULL,
  question text NOT NULL,
  language text NOT NULL CHECK (language IN ('zh', 'en')),
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'called_back', 'closed')),
  notes jsonb NOT NULL DEFAULT '[]'::jsonb,
  assessment jsonb,
  consent_notice_version text NOT NULL,
  consented_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX consultations_status_created ON consultations (status, created_at);
CREATE INDEX consultations_created ON consultations (created_at);

-- An assessment a signed-in holder keeps in the account: the input, the
-- result's headline, and the policy version and hash it ran under (P-3).
CREATE TABLE saved_assessments (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  label text,
  as_of date NOT NULL,
  input jsonb NOT NULL,
  total integer NOT NULL,
  meets_standard boolean NOT NULL,
  eligible boolean NOT NULL,
  policy_id text NOT NULL,
  policy_hash text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX saved_assessments_user ON saved_assessments (user_id, created_at DESC);
