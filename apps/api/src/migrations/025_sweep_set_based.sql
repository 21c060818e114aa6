-- 025 (issue 20): the daily sweep's writes, set-based and flat per due record.

-- A reminder SMS names its recipient by reference: the holder. The outbox
-- worker reads the holder's current mobile number when it sends (and so
-- sends to a number changed since the sweep), instead of the sweep
-- decrypting and re-encrypting the number once per message. Other SMS keep
-- their own encrypted number (recipient_mobile_enc): an asker or an invitee
-- is no holder yet. No foreign key on purpose: its check would lock (and so
-- write) one random holders page per SMS, the largest cost of the insert at
-- a million holders; holders are never deleted, and a message whose holder
-- had no number would fail at once with NO_MOBILE (outbox-worker.ts).
ALTER TABLE outbox ADD COLUMN recipient_holder_id uuid;

-- The sweep claims due records in (next_event_on, id) order, a batch at a
-- time: with the id in the index the claim reads exactly one batch instead of
-- every remaining due record (and sorting them) for each batch.
DROP INDEX points_records_next_event;
CREATE INDEX points_records_next_event ON points_records (next_event_on, id) WHERE next_event_on IS NOT NULL;

-- Nothing reads points_records by expiry (the roster reads
-- holders.roster_expires_on, the sweep next_event_on), and every record the
-- sweep moves on paid for a new entry in this index.
DROP INDEX points_records_expires_on;
