-- Issue 20: the roster summary from kept counts, not a recount of every
-- holder of the employer on each request (80 ms at 200,000 staff).
-- A holder's lifecycle state on a date is a function of that date minus
-- holders.roster_expires_on alone (L-2..L-5, roster-ranges.ts), so counting
-- holders per employer and expiry day is enough: the summary of any date is a
-- sum over the few date ranges of its states. 'infinity' counts the holders
-- without a permit. Rows whose count fell to 0 stay (a later holder may reuse
-- the day); readers skip them.
-- Kept by triggers on holders, as roster_expires_on itself is kept by
-- triggers on permits and points_records, so no writer can forget it: an
-- insert (a registration, a roster import, a COPY) and a delete add up per
-- statement; an update nets, per statement, the holders whose employer (a
-- transfer) or expiry (an endorsement, a renewal's approval, a new permit)
-- changed.
CREATE TABLE roster_expiry_counts (
  employer_id uuid NOT NULL REFERENCES employers (id),
  expires_on date NOT NULL,
  holders integer NOT NULL CHECK (holders >= 0),
  PRIMARY KEY (employer_id, expires_on)
);

CREATE FUNCTION roster_counts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- In key order, so two statements adding to the same days lock them in the same order.
  INSERT INTO roster_expiry_counts AS c (employer_id, expires_on, holders)
  SELECT employer_id, roster_expires_on, count(*) FROM new_rows WHERE employer_id IS NOT NULL
  GROUP BY employer_id, roster_expires_on ORDER BY employer_id, roster_expires_on
  ON CONFLICT (employer_id, expires_on) DO UPDATE SET holders = c.holders + EXCLUDED.holders;
  RETURN NULL;
END;
$$;

CREATE FUNCTION roster_counts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE roster_expiry_counts c SET holders = c.holders - d.n
  FROM (SELECT employer_id, roster_expires_on, count(*)::int AS n FROM old_rows WHERE employer_id IS NOT NULL
        GROUP BY employer_id, roster_expires_on) d
  WHERE c.employer_id = d.employer_id AND c.expires_on = d.roster_expires_on;
  RETURN NULL;
END;
$$;

-- Only the rows whose employer or expiry changed count, netted per day: a
-- holder leaving a day was counted there, so that row exists and is lowered
-- by an UPDATE (an INSERT of a negative count would fail the CHECK before ON
-- CONFLICT); days gaining holders are added to.
CREATE FUNCTION roster_counts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH moves AS (
    SELECT employer_id, expires_on, sum(delta)::int AS delta FROM (
      SELECT o.employer_id, o.roster_expires_on AS expires_on, -1 AS delta
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o.employer_id IS NOT NULL
        AND (o.employer_id IS DISTINCT FROM n.employer_id OR o.roster_expires_on <> n.roster_expires_on)
      UNION ALL
      SELECT n.employer_id, n.roster_expires_on, 1
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE n.employer_id IS NOT NULL
        AND (o.employer_id IS DISTINCT FROM n.employer_id OR o.roster_expires_on <> n.roster_expires_on)
    ) m GROUP BY employer_id, expires_on HAVING sum(delta) <> 0
  ), lowered AS (
    UPDATE roster_expiry_counts c SET holders = c.holders + m.delta
    FROM moves m WHERE m.delta < 0 AND c.employer_id = m.employer_id AND c.expires_on = m.expires_on
  )
  INSERT INTO roster_expiry_counts AS c (employer_id, expires_on, holders)
  SELECT employer_id, expires_on, delta FROM moves WHERE delta > 0 ORDER BY employer_id, expires_on
  ON CONFLICT (employer_id, expires_on) DO UPDATE SET holders = c.holders + EXCLUDED.holders;
  RETURN NULL;
END;
$$;

CREATE TRIGGER holders_roster_counts_insert AFTER INSERT ON holders
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION roster_counts_inserted();
CREATE TRIGGER holders_roster_counts_delete AFTER DELETE ON holders
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION roster_counts_deleted();
CREATE TRIGGER holders_roster_counts_update AFTER UPDATE ON holders
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION roster_counts_updated();

-- Permits added in one statement (a COPY, a bulk load) move their holders in
-- one UPDATE, not one each: every holder starts on 'infinity', and one
-- transaction lowering that one row 200,000 times walks ever longer chains of
-- its versions. An update of a permit's expiry or holder stays row by row.
DROP TRIGGER permits_roster_expiry ON permits;
CREATE FUNCTION holders_roster_expiry_of_new_permits() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE holders h SET roster_expires_on = e.expires_on
  FROM (
    SELECT n.holder_id, COALESCE(
      (SELECT expires_on FROM points_records WHERE holder_id = n.holder_id),
      (SELECT max(expires_on) FROM permits WHERE holder_id = n.holder_id),
      'infinity') AS expires_on
    FROM (SELECT DISTINCT holder_id FROM new_permits) n
  ) e
  WHERE h.id = e.holder_id AND h.roster_expires_on <> e.expires_on;
  RETURN NULL;
END;
$$;
CREATE TRIGGER permits_roster_expiry_insert AFTER INSERT ON permits
REFERENCING NEW TABLE AS new_permits FOR EACH STATEMENT EXECUTE FUNCTION holders_roster_expiry_of_new_permits();
CREATE TRIGGER permits_roster_expiry AFTER UPDATE OF expires_on, holder_id ON permits
FOR EACH ROW EXECUTE FUNCTION holders_roster_expiry();

INSERT INTO roster_expiry_counts (employer_id, expires_on, holders)
SELECT employer_id, roster_expires_on, count(*) FROM holders WHERE employer_id IS NOT NULL
GROUP BY employer_id, roster_expires_on;
