-- 025 (issue 20): the daily sweep's writes, set-based and flat per due record.

-- A reminder SMS names its recipient by reference: the holder. The outbox
-- worker reads the holder's current mobile number when it sends (and so
-- sends to a number changed since the sweep), instead of the sweep
-- decrypting and re-encrypting the number once per message. Other SMS keep
-- their own encrypted number (recipient_mobile_enc): an asker or an invitee
-- is no holder yet.
ALTER TABLE outbox ADD COLUMN recipient_holder_id uuid REFERENCES holders (id);

-- The sweep claims due records in (next_event_on, id) order, a batch at a
-- time: with the id in the index the claim reads exactly one batch instead of
-- every remaining due record (and sorting them) for each batch.
DROP INDEX points_records_next_event;
CREATE INDEX points_records_next_event ON points_records (next_event_on, id) WHERE next_event_on IS NOT NULL;
