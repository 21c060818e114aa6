-- 016 (issue 17): one holder, one truth.
--
-- An endorsement extends the permit, never the points (L-1, L-7): the
-- roster's deadline column is the expiry of the holder's points cycle when
-- there is one (points_records.expires_on, moved only by an approval), and
-- the permit's expiry only for a holder whose points were never approved.
-- Kept by triggers on both tables, so no writer can forget it.
CREATE OR REPLACE FUNCTION holders_roster_expiry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE holders SET roster_expires_on = COALESCE(
    (SELECT expires_on FROM points_records WHERE holder_id = NEW.holder_id),
    (SELECT max(expires_on) FROM permits WHERE holder_id = NEW.holder_id),
    'infinity')
  WHERE id = NEW.holder_id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER points_records_roster_expiry AFTER INSERT OR UPDATE OF expires_on, holder_id ON points_records
FOR EACH ROW EXECUTE FUNCTION holders_roster_expiry();

UPDATE holders h SET roster_expires_on = r.expires_on FROM points_records r WHERE r.holder_id = h.id AND h.roster_expires_on <> r.expires_on;
