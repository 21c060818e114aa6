-- 005 policy data (issue #9, P-1..P-3, D-1, S-9): holiday calendars, average
-- wages and policy versions as documents in the database. The files in
-- policies/ load into a fresh database as published revision 1 (origin
-- 'shipped'); administrators draft new revisions and a second administrator
-- publishes them. A published document never changes (trigger below): a
-- correction is a new revision with a reason.

CREATE TABLE policy_documents (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('calendar', 'wage', 'version')),
  -- The calendar or wage year ('2027'), or the version id ('sh-2027').
  key text NOT NULL,
  revision integer NOT NULL CHECK (revision >= 1),
  status text NOT NULL CHECK (status IN ('draft', 'published', 'discarded')),
  origin text NOT NULL CHECK (origin IN ('shipped', 'admin')),
  doc jsonb NOT NULL,
  doc_hash char(64) NOT NULL,
  reason text,
  based_on text,
  drafted_by uuid REFERENCES users (id),
  drafted_at timestamptz NOT NULL,
  published_by uuid REFERENCES users (id),
  published_at timestamptz,
  UNIQUE (kind, key, revision),
  -- Two-person rule: whoever drafted a document cannot publish it.
  CHECK (published_by IS NULL OR drafted_by IS NULL OR published_by <> drafted_by)
);
-- One open draft per year or version id at a time.
CREATE UNIQUE INDEX policy_documents_one_draft ON policy_documents (kind, key) WHERE status = 'draft';

CREATE FUNCTION policy_documents_published_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'policy document % (% %, revision %) is published and cannot change', OLD.id, OLD.kind, OLD.key, OLD.revision
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER policy_documents_immutable BEFORE UPDATE OR DELETE ON policy_documents
  FOR EACH ROW EXECUTE FUNCTION policy_documents_published_immutable();

-- P-2 "never block a holder on missing data": the review clock started on
-- sla_started_on; while its due date needs a calendar year that is not
-- loaded, sla_due is null and sla_pending_year names the year. Checks that
-- need a missing wage year are stored as pending and pending_wage_year names
-- it. Both are resolved when the data is published.
ALTER TABLE applications ADD COLUMN sla_started_on date;
ALTER TABLE applications ADD COLUMN sla_pending_year integer;
ALTER TABLE applications ADD COLUMN pending_wage_year integer;
-- P-3: the assessment input the submission was decided on, encrypted like
-- every other personal data (PI-1), so the decision can be replayed.
ALTER TABLE applications ADD COLUMN input_enc text;
ALTER TABLE applications ADD COLUMN submitted_on date;
CREATE INDEX applications_sla_pending ON applications (sla_pending_year) WHERE sla_pending_year IS NOT NULL;
CREATE INDEX applications_wage_pending ON applications (pending_wage_year) WHERE pending_wage_year IS NOT NULL;

-- Once a day per missing item, the administrators are told (P-2).
CREATE TABLE policy_pending_alerts (
  day date NOT NULL,
  kind text NOT NULL,
  year integer NOT NULL,
  applications integer NOT NULL,
  PRIMARY KEY (day, kind, year)
);
