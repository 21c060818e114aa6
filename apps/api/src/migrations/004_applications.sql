-- 004 applications: points applications and their workflow (R-1..R-5), the
-- transition log, the outbox of intents (architecture principle 3), in-app
-- notifications, and R-2 visit slots with capacity-checked bookings.

CREATE TABLE applications (
  id uuid PRIMARY KEY,
  holder_id uuid NOT NULL REFERENCES holders (id),
  employer_id uuid NOT NULL REFERENCES employers (id),
  kind text NOT NULL CHECK (kind IN ('first_application', 'renewal_same_employer', 'renewal_changed_employer', 'reapplication_after_clearing')),
  state text NOT NULL CHECK (state IN ('draft', 'holder_confirmed', 'submitted', 'awaiting_visit', 'under_review', 'returned', 'approved', 'rejected', 'withdrawn')),
  -- Optimistic concurrency: every transition increments it; callers send the version they saw.
  version integer NOT NULL DEFAULT 1,
  employer_changed boolean NOT NULL DEFAULT false,
  data_changed boolean NOT NULL DEFAULT true,
  -- SHA-256 of the holder's assessment input at submission ("data unchanged", R-1).
  data_hash char(64),
  policy_id text,
  policy_hash text,
  checks jsonb,
  total numeric,
  sla_due date,
  notice_issued_on date,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  idempotency_key text NOT NULL,
  UNIQUE (employer_id, idempotency_key)
);
CREATE INDEX applications_holder ON applications (holder_id, state);
CREATE INDEX applications_employer ON applications (employer_id, created_at);

-- Every transition, with the policy and check results it was decided on (P-3).
CREATE TABLE application_events (
  id uuid PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES applications (id),
  -- The application's version after this transition: one event per version.
  seq integer NOT NULL,
  from_state text,
  to_state text NOT NULL,
  action text NOT NULL,
  role text NOT NULL,
  actor_id uuid REFERENCES users (id),
  rule_id text,
  reason text,
  policy_id text,
  policy_hash text,
  checks jsonb,
  at timestamptz NOT NULL,
  UNIQUE (application_id, seq)
);

-- Messages to deliver. The row commits with the state change; a worker
-- claims it (pending -> delivering) and marks it delivered. UNIQUE (event,
-- index): replaying a transition cannot insert a message twice.
CREATE TABLE outbox (
  id uuid PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES applications (id),
  event_id uuid NOT NULL REFERENCES application_events (id),
  intent_index integer NOT NULL,
  channel text NOT NULL CHECK (channel IN ('sms', 'in_app')),
  rule_id text,
  recipient_user_id uuid REFERENCES users (id),
  recipient_mobile_enc text,
  recipient_mobile_masked text,
  template text NOT NULL,
  params jsonb NOT NULL,
  text_zh text NOT NULL,
  text_en text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivering', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  claimed_at timestamptz,
  created_at timestamptz NOT NULL,
  delivered_at timestamptz,
  UNIQUE (event_id, intent_index)
);
CREATE INDEX outbox_open ON outbox (created_at) WHERE status IN ('pending', 'delivering');
CREATE INDEX outbox_recipient ON outbox (recipient_user_id, channel);

CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  application_id uuid REFERENCES applications (id),
  outbox_id uuid UNIQUE REFERENCES outbox (id),
  title text NOT NULL,
  body text NOT NULL,
  title_en text NOT NULL,
  body_en text NOT NULL,
  created_at timestamptz NOT NULL,
  read_at timestamptz
);
CREATE INDEX notifications_user ON notifications (user_id, created_at);

-- R-2: appointment slots at the district talent service centre.
CREATE TABLE visit_slots (
  id uuid PRIMARY KEY,
  district_code char(6) NOT NULL REFERENCES districts (code),
  starts_at timestamptz NOT NULL,
  capacity integer NOT NULL CHECK (capacity > 0),
  -- Kept by the booking statements themselves; the CHECK is the last line of defence.
  booked integer NOT NULL DEFAULT 0,
  published_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  CHECK (booked >= 0 AND booked <= capacity),
  UNIQUE (district_code, starts_at)
);
CREATE INDEX visit_slots_district_time ON visit_slots (district_code, starts_at);

CREATE TABLE visit_bookings (
  id uuid PRIMARY KEY,
  slot_id uuid NOT NULL REFERENCES visit_slots (id),
  application_id uuid NOT NULL REFERENCES applications (id),
  status text NOT NULL CHECK (status IN ('booked', 'cancelled')),
  booked_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  cancelled_at timestamptz
);
CREATE UNIQUE INDEX visit_bookings_one_active ON visit_bookings (application_id) WHERE status = 'booked';
CREATE INDEX visit_bookings_slot ON visit_bookings (slot_id) WHERE status = 'booked';
