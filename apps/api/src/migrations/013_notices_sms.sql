-- Issue #12: the verifiable points notice and SMS through a real provider.
--
-- notices: one row per application's notice, written when it is first printed
-- or revoked. The verification page reads nothing else, and only by notice
-- number, after the signed code has been verified without the database.
CREATE TABLE notices (
  notice_no text PRIMARY KEY,
  application_id uuid NOT NULL UNIQUE REFERENCES applications (id),
  issued_on date NOT NULL,
  first_printed_at timestamptz,
  revoked_at timestamptz,
  revoked_reason text CHECK (revoked_reason IN ('points_cleared', 'false_material', 'correction')),
  revoked_note text,
  revoked_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL,
  CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);

-- SMS retries: a transient failure waits until next_attempt_at (exponential
-- backoff with jitter); a permanent one (bad number, rejected template) fails
-- at once with the provider's code, for the administrators' resend page.
ALTER TABLE outbox ADD COLUMN next_attempt_at timestamptz;
ALTER TABLE outbox ADD COLUMN failure_code text;
ALTER TABLE outbox ADD COLUMN failed_at timestamptz;
CREATE INDEX outbox_failed ON outbox (failed_at) WHERE status = 'failed';
