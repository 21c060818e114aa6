-- 009 (issue #10): application numbers people can read, the holder's
-- account activation by SMS, and the signed paper confirmation.

-- A sequence per year, kept as one counter row per year: incremented by
-- the insert trigger below in the application's own transaction, so
-- numbers restart at 1 each year, a rolled-back insert gives its number
-- back, and PGlite and PostgreSQL behave the same. Every insert path (the
-- service, the demo data, tests) gets its number here.
CREATE TABLE application_number_counters (
  year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
  last integer NOT NULL CHECK (last >= 1)
);

ALTER TABLE applications ADD COLUMN number text;

-- Existing applications get numbers in the order they were created, per
-- Shanghai year (UTC+8, no daylight saving).
WITH numbered AS (
  SELECT id,
    extract(year FROM (created_at AT TIME ZONE 'UTC') + interval '8 hours')::integer AS y,
    row_number() OVER (
      PARTITION BY extract(year FROM (created_at AT TIME ZONE 'UTC') + interval '8 hours')
      ORDER BY created_at, id
    )::integer AS n
  FROM applications
)
UPDATE applications a SET number = 'JF' || numbered.y::text || '-' || lpad(numbered.n::text, 6, '0')
FROM numbered WHERE numbered.id = a.id;

INSERT INTO application_number_counters (year, last)
SELECT substr(number, 3, 4)::integer, max(substr(number, 8)::integer) FROM applications GROUP BY substr(number, 3, 4);

ALTER TABLE applications ALTER COLUMN number SET NOT NULL;
ALTER TABLE applications ADD CONSTRAINT applications_number_format CHECK (number ~ '^JF[0-9]{4}-[0-9]{6}$');
CREATE UNIQUE INDEX applications_number ON applications (number);

-- The year is the Shanghai year of created_at (the service's clock, so a
-- BUSINESS_DATE server numbers in its own year).
CREATE FUNCTION applications_assign_number() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  y integer;
  n integer;
BEGIN
  IF NEW.number IS NULL THEN
    y := extract(year FROM (NEW.created_at AT TIME ZONE 'UTC') + interval '8 hours')::integer;
    INSERT INTO application_number_counters (year, last) VALUES (y, 1)
      ON CONFLICT (year) DO UPDATE SET last = application_number_counters.last + 1
      RETURNING last INTO n;
    IF n > 999999 THEN
      RAISE EXCEPTION 'application numbers of % are exhausted (999999)', y;
    END IF;
    NEW.number := 'JF' || y::text || '-' || lpad(n::text, 6, '0');
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER applications_number BEFORE INSERT ON applications
  FOR EACH ROW EXECUTE FUNCTION applications_assign_number();

-- Account activation for a holder HR registered without a login: the SMS
-- carries a one-time link; only the SHA-256 of its token is kept here.
CREATE TABLE holder_activation_invites (
  id uuid PRIMARY KEY,
  holder_id uuid NOT NULL REFERENCES holders (id),
  application_id uuid REFERENCES applications (id),
  token_hash char(64) NOT NULL UNIQUE,
  invited_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  -- A newer invitation replaces the open ones.
  revoked_at timestamptz,
  CHECK (expires_at > created_at)
);
CREATE INDEX holder_activation_invites_holder ON holder_activation_invites (holder_id, created_at);

-- The outbox also carries messages that no workflow transition made (the
-- activation SMS). A secret part of a message (the link's token) is kept
-- encrypted apart from the text, put in only when the SMS is sent, and
-- erased once it is delivered.
ALTER TABLE outbox ALTER COLUMN event_id DROP NOT NULL;
ALTER TABLE outbox ADD COLUMN secret_enc text;

-- The holder's signed paper confirmation of a draft, recorded by HR for a
-- holder without an account; the scan is personal data, encrypted (PI-1).
CREATE TABLE paper_confirmations (
  id uuid PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES applications (id),
  holder_id uuid NOT NULL REFERENCES holders (id),
  signed_on date NOT NULL,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL,
  scan_filename text NOT NULL,
  scan_content_type text NOT NULL,
  scan_bytes integer NOT NULL CHECK (scan_bytes > 0),
  scan_sha256 char(64) NOT NULL,
  scan_enc text NOT NULL
);
CREATE INDEX paper_confirmations_application ON paper_confirmations (application_id);
