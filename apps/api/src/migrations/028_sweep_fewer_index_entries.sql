-- 026 (issue 20): fewer index entries for each message the daily sweep
-- writes. Every row inserted pays one entry per index of its table, NULLs
-- included; these three served nothing the others do not.

-- A record's reminders are read by record_id (the holder's list, newest
-- first): the UNIQUE (record_id, kind, cycle) index finds them, and a record
-- has a handful per cycle, so sorting them by due_on costs nothing.
DROP INDEX points_reminders_record;

-- An in-app message points to at most one outbox row, and no two messages to
-- the same one; the sweep's reminders (and most messages) have none. The
-- uniqueness holds among the rows that have one: NULLs never collide anyway.
ALTER TABLE notifications DROP CONSTRAINT notifications_outbox_id_key;
CREATE UNIQUE INDEX notifications_outbox_id_key ON notifications (outbox_id) WHERE outbox_id IS NOT NULL;

-- A workflow transition's messages are unique per (event, intent); reminder
-- and other SMS have no event. ON CONFLICT names the same predicate
-- (insertWorkflowMessage).
ALTER TABLE outbox DROP CONSTRAINT outbox_event_id_intent_index_key;
CREATE UNIQUE INDEX outbox_event_intent ON outbox (event_id, intent_index) WHERE event_id IS NOT NULL;
