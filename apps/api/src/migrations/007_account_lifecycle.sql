-- Account lifecycle (issue #10, item 13): an administrator disables an
-- account (its sessions end and it cannot sign in), and a password set by
-- someone else (an administrator's reset, an initial password from the
-- administrator or HR) must be changed at the next sign-in.
ALTER TABLE users ADD COLUMN disabled_at timestamptz;
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
