-- 011 (issue 13): points records with a lifecycle, the daily sweep, reminders.

-- One points record per holder (L-1): valid until the permit's expiry; a
-- renewal starts a new cycle. next_event_on is the next day anything
-- happens to the record (a state change or a reminder): the day's sweep
-- reads only the records due that day through its index.
CREATE TABLE points_records (
  id uuid PRIMARY KEY,
  holder_id uuid NOT NULL UNIQUE REFERENCES holders (id),
  application_id uuid REFERENCES applications (id),
  permit_id uuid REFERENCES permits (id),
  cycle integer NOT NULL DEFAULT 1 CHECK (cycle >= 1),
  valid_from date NOT NULL,
  expires_on date NOT NULL,
  state text NOT NULL CHECK (state IN ('valid', 'renewal_window', 'grace', 'points_cleared', 'permit_lapsed')),
  state_since date NOT NULL,
  next_event_on date,
  renewal_submitted_on date,
  benefits_suspended_on date,
  notice_revoked_on date,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX points_records_next_event ON points_records (next_event_on) WHERE next_event_on IS NOT NULL;
CREATE INDEX points_records_expires_on ON points_records (expires_on);

-- Every change of a record, with its date, rule and cause (shown to the
-- holder, their HR and the centres).
CREATE TABLE points_record_events (
  id uuid PRIMARY KEY,
  record_id uuid NOT NULL REFERENCES points_records (id),
  cycle integer NOT NULL,
  on_date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('created', 'renewed', 'state_changed', 'benefits_suspended', 'benefits_restored', 'notice_revoked', 'reminders_cancelled')),
  from_state text,
  to_state text,
  rule_id text NOT NULL,
  cause text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX points_record_events_record ON points_record_events (record_id, on_date);

-- A reminder goes once per (record, kind, cycle), whatever restarts or
-- duplicate instances happen.
CREATE TABLE points_reminders (
  id uuid PRIMARY KEY,
  record_id uuid NOT NULL REFERENCES points_records (id),
  cycle integer NOT NULL,
  kind text NOT NULL,
  rule_id text NOT NULL,
  due_on date NOT NULL,
  sent_on date NOT NULL,
  title text NOT NULL,
  title_en text NOT NULL,
  body text NOT NULL,
  body_en text NOT NULL,
  channels text NOT NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (record_id, kind, cycle)
);
CREATE INDEX points_reminders_record ON points_reminders (record_id, due_on);

-- The sweep's ledger: one row per day swept, in order, exactly once.
-- digest_pending_year: the reviewers' digest of that day waits for a
-- calendar year (P-2) and is computed when it is published.
CREATE TABLE lifecycle_sweep_days (
  day date PRIMARY KEY,
  records integer NOT NULL,
  changes integer NOT NULL,
  reminders integer NOT NULL,
  digest_pending_year integer,
  digest_sent_at timestamptz,
  finished_at timestamptz NOT NULL
);
CREATE INDEX lifecycle_sweep_days_pending ON lifecycle_sweep_days (digest_pending_year) WHERE digest_pending_year IS NOT NULL;

-- Reminder SMS go through the outbox (claimed and delivered by the same worker);
-- they belong to a reminder, not to an application event.
ALTER TABLE outbox ALTER COLUMN application_id DROP NOT NULL;
ALTER TABLE outbox ALTER COLUMN event_id DROP NOT NULL;
ALTER TABLE outbox ADD COLUMN reminder_id uuid REFERENCES points_reminders (id);
CREATE UNIQUE INDEX outbox_reminder ON outbox (reminder_id) WHERE reminder_id IS NOT NULL;
ALTER TABLE notifications ADD COLUMN reminder_id uuid REFERENCES points_reminders (id);
CREATE UNIQUE INDEX notifications_reminder ON notifications (reminder_id, user_id) WHERE reminder_id IS NOT NULL;
