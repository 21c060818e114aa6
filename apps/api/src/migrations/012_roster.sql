-- Issue 13: the employer's roster at city scale.
-- holders.roster_expires_on is the expiry of the holder's current permit (the
-- one that expires last; 'infinity' while there is none), kept by a trigger on
-- permits, so the roster can page by (employer, expiry, id) with an index:
-- the first and the 2,000th page cost the same (keyset, no OFFSET).
ALTER TABLE holders ADD COLUMN department text;
ALTER TABLE holders ADD COLUMN roster_expires_on date NOT NULL DEFAULT 'infinity';

UPDATE holders h SET roster_expires_on = p.expires_on
FROM (SELECT holder_id, max(expires_on) AS expires_on FROM permits GROUP BY holder_id) p
WHERE p.holder_id = h.id;

CREATE FUNCTION holders_roster_expiry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE holders SET roster_expires_on = COALESCE((SELECT max(expires_on) FROM permits WHERE holder_id = NEW.holder_id), 'infinity')
  WHERE id = NEW.holder_id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER permits_roster_expiry AFTER INSERT OR UPDATE OF expires_on, holder_id ON permits
FOR EACH ROW EXECUTE FUNCTION holders_roster_expiry();

-- Keyset order of the roster (most overdue first), and the same per department.
CREATE INDEX holders_roster_order ON holders (employer_id, roster_expires_on, id);
CREATE INDEX holders_roster_department ON holders (employer_id, department, roster_expires_on, id);

-- One roster import: progress while it runs (server-side), the row-by-row
-- report when done. Rows are never stored here, only counts and errors
-- (row, column, message in Chinese and English; never the cell content).
CREATE TABLE roster_imports (
  id uuid PRIMARY KEY,
  employer_id uuid NOT NULL REFERENCES employers (id),
  created_by uuid NOT NULL REFERENCES users (id),
  file_name text NOT NULL,
  file_sha256 char(64) NOT NULL,
  status text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  total_rows integer NOT NULL DEFAULT 0,
  processed_rows integer NOT NULL DEFAULT 0,
  created_count integer NOT NULL DEFAULT 0,
  updated_count integer NOT NULL DEFAULT 0,
  unchanged_count integer NOT NULL DEFAULT 0,
  rejected_count integer NOT NULL DEFAULT 0,
  errors jsonb NOT NULL DEFAULT '[]',
  failure jsonb,
  heartbeat_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL,
  finished_at timestamptz
);
CREATE INDEX roster_imports_employer ON roster_imports (employer_id, created_at DESC);
