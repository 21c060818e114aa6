-- 014 (issue #12): the district talent service centre's review workbench.
-- Who holds a case, the materials checked item by item at the visit (R-2,
-- M-1..M-5) with the receipt they give, the file retrieval (调档) and the
-- decision on each claimed indicator (R-3 step 3), and false-material
-- findings on the holder (C-5).

-- The reviewer holding the case (claim, hand over); NULL = unclaimed.
ALTER TABLE applications ADD COLUMN assignee_id uuid REFERENCES users (id);
ALTER TABLE applications ADD COLUMN assigned_at timestamptz;
-- R-3 step 3: the total after the reviewer's indicator decisions, recomputed
-- by the engine under the application's policy version; `total` stays the
-- claimed total the submission was decided on (P-3 replay compares it).
ALTER TABLE applications ADD COLUMN reviewed_total numeric;
ALTER TABLE applications ADD COLUMN file_retrieved_at timestamptz;
ALTER TABLE applications ADD COLUMN file_retrieved_by uuid REFERENCES users (id);
CREATE INDEX applications_assignee ON applications (assignee_id) WHERE assignee_id IS NOT NULL;

-- R-2: each check of the materials at the counter. `items` holds, per M-1..M-4
-- item, present / original seen / copy (sealed); `problems` what
-- validateMaterials found (M-5). An accepted check carries the receipt number.
CREATE TABLE material_checks (
  id uuid PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES applications (id),
  visit_date date NOT NULL,
  items jsonb NOT NULL,
  facts jsonb NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('accepted', 'returned')),
  problems jsonb NOT NULL,
  receipt_no text UNIQUE,
  checked_by uuid NOT NULL REFERENCES users (id),
  checked_at timestamptz NOT NULL,
  CHECK ((outcome = 'accepted') = (receipt_no IS NOT NULL))
);
CREATE INDEX material_checks_application ON material_checks (application_id, checked_at);

-- R-3 step 3: the reviewer's decision on one claimed indicator; one row per
-- indicator and application, replaced when the reviewer changes their mind
-- (every change is in the audit log).
CREATE TABLE indicator_reviews (
  application_id uuid NOT NULL REFERENCES applications (id),
  indicator text NOT NULL,
  decision text NOT NULL CHECK (decision IN ('accepted', 'adjusted', 'rejected')),
  value jsonb,
  reason text NOT NULL CHECK (length(btrim(reason)) > 0),
  reviewed_by uuid NOT NULL REFERENCES users (id),
  reviewed_at timestamptz NOT NULL,
  PRIMARY KEY (application_id, indicator)
);

-- C-5: a false-material finding on the holder, with the penalty and the
-- bar's dates as decided (computed from the policy in force that day).
CREATE TABLE false_material_findings (
  id uuid PRIMARY KEY,
  holder_id uuid NOT NULL REFERENCES holders (id),
  application_id uuid NOT NULL REFERENCES applications (id),
  found_on date NOT NULL,
  penalty numeric NOT NULL CHECK (penalty < 0),
  barred_until date NOT NULL,
  counts_until date NOT NULL,
  policy_id text NOT NULL,
  reason text NOT NULL CHECK (length(btrim(reason)) > 0),
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL,
  CHECK (barred_until > found_on)
);
CREATE INDEX false_material_findings_holder ON false_material_findings (holder_id, found_on);
