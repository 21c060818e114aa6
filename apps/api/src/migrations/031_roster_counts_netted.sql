-- Issue 20: the roster counts of an UPDATE of holders, netted without joining
-- the statement's old and new rows.
--
-- roster_counts_updated (migration 024) paired each old row with its new row
-- (old_rows JOIN new_rows ON id). PL/pgSQL plans that query once per session
-- and keeps the plan; a transition table is estimated at one row, so the plan
-- is a nested loop over the two tuplestores: every old row scans every new
-- row. A bulk statement on a session that had run a small one first (the
-- roster bench: the demo data, then 10,000 permits by COPY moving 10,000
-- holders) took 35 s; 20,000 took 212 s; 200,000 did not finish.
--
-- Netting needs no pairing: each old row takes one off its (employer, day)
-- and each new row adds one to its own; a holder who did not move adds -1
-- and +1 to the same day, which cancel. Two aggregates over one scan each,
-- linear whatever the plan. The counts and their locking order are as before.
CREATE OR REPLACE FUNCTION roster_counts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH moves AS (
    SELECT employer_id, expires_on, sum(delta)::int AS delta FROM (
      SELECT employer_id, roster_expires_on AS expires_on, -1 AS delta FROM old_rows WHERE employer_id IS NOT NULL
      UNION ALL
      SELECT employer_id, roster_expires_on, 1 FROM new_rows WHERE employer_id IS NOT NULL
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
