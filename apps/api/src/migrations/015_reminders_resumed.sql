-- Issue 13 (L-2): a renewal submitted in time cancels the cycle's remaining
-- reminders; when that renewal ends without approval (rejected, or withdrawn)
-- they resume, and the points record says so.
ALTER TABLE points_record_events DROP CONSTRAINT points_record_events_kind_check;
ALTER TABLE points_record_events ADD CONSTRAINT points_record_events_kind_check
  CHECK (kind IN ('created', 'renewed', 'state_changed', 'benefits_suspended', 'benefits_restored', 'notice_revoked', 'reminders_cancelled', 'reminders_resumed'));
