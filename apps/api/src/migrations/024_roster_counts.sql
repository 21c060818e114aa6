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
-- statement; an update counts only when the employer (a transfer) or the
-- expiry (an endorsement, a renewal's approval, a new permit) changed.
CREATE TABLE roster_expiry_counts (
  employer_id uuid NOT NULL REFERENCES employers (id),
  expires_on date NOT NULL,
  holders integer NOT NULL CHECK (holders >= 0),
  PRIMARY KEY (employer_id, expires_on)
);

-- A holder leaving a day was counted there, so the row exists: a plain
-- UPDATE (an INSERT of a negative count would fail the CHECK before ON CONFLICT).
CREATE FUNCTION roster_counts_add(emp uuid, day date, delta integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF delta < 0 THEN
    UPDATE roster_expiry_counts SET holders = holders + delta WHERE employer_id = emp AND expires_on = day;
  ELSE
    INSERT INTO roster_expiry_counts AS c (employer_id, expires_on, holders) VALUES (emp, day, delta)
    ON CONFLICT (employer_id, expires_on) DO UPDATE SET holders = c.holders + EXCLUDED.holders;
  END IF;
END;
$$;

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

CREATE FUNCTION roster_counts_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.employer_id IS NOT NULL THEN PERFORM roster_counts_add(OLD.employer_id, OLD.roster_expires_on, -1); END IF;
  IF NEW.employer_id IS NOT NULL THEN PERFORM roster_counts_add(NEW.employer_id, NEW.roster_expires_on, 1); END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER holders_roster_counts_insert AFTER INSERT ON holders
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION roster_counts_inserted();
CREATE TRIGGER holders_roster_counts_delete AFTER DELETE ON holders
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION roster_counts_deleted();
CREATE TRIGGER holders_roster_counts_update AFTER UPDATE OF employer_id, roster_expires_on ON holders
FOR EACH ROW WHEN (OLD.employer_id IS DISTINCT FROM NEW.employer_id OR OLD.roster_expires_on IS DISTINCT FROM NEW.roster_expires_on)
EXECUTE FUNCTION roster_counts_moved();

INSERT INTO roster_expiry_counts (employer_id, expires_on, holders)
SELECT employer_id, roster_expires_on, count(*) FROM holders WHERE employer_id IS NOT NULL
GROUP BY employer_id, roster_expires_on;
