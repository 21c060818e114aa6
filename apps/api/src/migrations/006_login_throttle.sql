-- 006 login throttle (issue 11): sign-in failures are counted per account
-- name AND source (client IP, IPv6 by /64), so a run of failures locks that
-- name for that source only, and an anonymous caller elsewhere cannot lock
-- an account out for everyone. Names are counted whether or not an account
-- has them, so the answers never reveal which usernames exist
-- (docs/adr/0011-sign-in-throttling-and-passwords.md).
CREATE TABLE login_throttle (
  username text NOT NULL,
  source text NOT NULL,
  -- failures in the current run (since the last lockout ended or the last success)
  failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
  -- lockouts in the current streak; each one lasts twice as long as the one before
  lockouts integer NOT NULL DEFAULT 0 CHECK (lockouts >= 0),
  locked_until timestamptz,
  last_failure_at timestamptz NOT NULL,
  PRIMARY KEY (username, source)
);
-- The spraying guard counts the names failing from one source recently.
CREATE INDEX login_throttle_source ON login_throttle (source, last_failure_at);

-- The per-account counter it replaces: it locked the account for every
-- source, and a stale locked_until kept its count at 1 after the first lockout.
ALTER TABLE users DROP COLUMN failed_logins;
ALTER TABLE users DROP COLUMN locked_until;
