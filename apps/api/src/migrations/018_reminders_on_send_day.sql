-- Issue 17: a reminder is rendered on the day it is sent. A sweep catching up
-- missed days sends a reminder only while what it says is still true; one
-- that no longer is (e.g. "7 days left" once the permit has expired) is
-- recorded as skipped, with why, and nothing is sent for it.
ALTER TABLE points_reminders ALTER COLUMN sent_on DROP NOT NULL;
ALTER TABLE points_reminders ADD COLUMN skipped_on date;
ALTER TABLE points_reminders ADD COLUMN skip_reason text;
ALTER TABLE points_reminders ADD COLUMN skip_reason_en text;
ALTER TABLE points_reminders ADD CONSTRAINT points_reminders_sent_or_skipped
  CHECK ((sent_on IS NULL) <> (skipped_on IS NULL) AND (skipped_on IS NULL) = (skip_reason IS NULL) AND (skip_reason IS NULL) = (skip_reason_en IS NULL));
