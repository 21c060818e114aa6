-- Issue #14: online consultation. A question answered in writing, followed
-- with a reference code (as a call-back request, PI-3): the thread and its
-- messages are deleted when the person withdraws it or when the retention
-- period ends (the consultations purge). Free text is stored with ID and
-- mobile numbers masked (PI-1); a mobile given for the SMS is encrypted.
CREATE TABLE consultation_threads (
  id uuid PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  -- The signed-in account that asked, if any: only it (and consultants) may read the thread.
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  mobile_enc text,
  mobile_masked text,
  notify_sms boolean NOT NULL DEFAULT false,
  question text NOT NULL,
  language text NOT NULL CHECK (language IN ('zh', 'en')),
  status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'answered', 'closed')),
  claimed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  assessment jsonb,
  consent_notice_version text NOT NULL,
  consented_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  first_answered_at timestamptz,
  -- Bumped by every message: the open page polls for a change.
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX consultation_threads_queue ON consultation_threads (status, created_at);
CREATE INDEX consultation_threads_user ON consultation_threads (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX consultation_threads_created ON consultation_threads (created_at);

CREATE TABLE consultation_messages (
  id uuid PRIMARY KEY,
  thread_id uuid NOT NULL REFERENCES consultation_threads (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  author text NOT NULL CHECK (author IN ('person', 'consultant', 'system')),
  author_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  author_name text,
  body text NOT NULL,
  rule_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at timestamptz NOT NULL,
  UNIQUE (thread_id, seq)
);

-- The knowledge base of instant answers: draft -> published -> retired.
CREATE TABLE knowledge_entries (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'retired')),
  title_zh text NOT NULL,
  title_en text NOT NULL,
  body_zh text NOT NULL,
  body_en text NOT NULL,
  keywords_zh text NOT NULL DEFAULT '',
  keywords_en text NOT NULL DEFAULT '',
  rule_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
  states jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  published_at timestamptz,
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX knowledge_entries_status ON knowledge_entries (status);

-- The consultants' saved replies (text with rule IDs).
CREATE TABLE consultant_saved_replies (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  title_zh text NOT NULL,
  title_en text NOT NULL,
  body_zh text NOT NULL,
  body_en text NOT NULL,
  rule_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
  sort integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL
);

-- "An answer is there": an SMS (only with a number and consent) through the
-- outbox, or an in-app message to the signed-in asker. Both go with the thread.
ALTER TABLE outbox ALTER COLUMN application_id DROP NOT NULL;
ALTER TABLE outbox ADD COLUMN consultation_thread_id uuid REFERENCES consultation_threads (id) ON DELETE CASCADE;
ALTER TABLE notifications ADD COLUMN consultation_thread_id uuid REFERENCES consultation_threads (id) ON DELETE CASCADE;
