-- Issue 17 (R-2, changed employer) and issue 18 item 10: the new employer's
-- HR takes a holder over with the holder's consent. Written only by
-- modules/transfers. The previous employer is recorded only once the
-- holder consents (from_employer_id), so nothing stored for a pending
-- request says who held the holder.
CREATE TABLE holder_transfers (
  id uuid PRIMARY KEY,
  holder_id uuid NOT NULL REFERENCES holders (id),
  to_employer_id uuid NOT NULL REFERENCES employers (id),
  -- The name the requesting HR typed (never the registered one: that would tell them who it is).
  requested_name text NOT NULL,
  requested_by uuid NOT NULL REFERENCES users (id),
  requested_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'declined', 'expired')),
  decided_at timestamptz,
  -- The holder's account, or the HR specialist who recorded a paper consent.
  decided_by uuid REFERENCES users (id),
  consent_method text CHECK (consent_method IN ('app', 'sms', 'paper')),
  from_employer_id uuid REFERENCES employers (id),
  effective_on date,
  -- The activation SMS sent for this request (holder-activation's invitation).
  sms_invite_id uuid,
  -- A signed paper consent, recorded as for first applications; the scan encrypted (PI-1).
  paper_signed_on date,
  paper_scan_filename text,
  paper_scan_content_type text,
  paper_scan_bytes integer CHECK (paper_scan_bytes > 0),
  paper_scan_sha256 char(64),
  paper_scan_enc text,
  CHECK (expires_at > requested_at),
  CHECK ((state = 'accepted') = (effective_on IS NOT NULL AND consent_method IS NOT NULL)),
  CHECK ((consent_method = 'paper') = (paper_scan_enc IS NOT NULL))
);
-- One pending request per holder and requesting employer: registering again repeats it.
CREATE UNIQUE INDEX holder_transfers_one_pending ON holder_transfers (holder_id, to_employer_id) WHERE state = 'pending';
CREATE INDEX holder_transfers_employer ON holder_transfers (to_employer_id, requested_at DESC);
CREATE INDEX holder_transfers_holder ON holder_transfers (holder_id, requested_at DESC);

-- The roster import counts the rows that became transfer requests (an ID
-- another employer holds); the report no longer says where an ID is held.
ALTER TABLE roster_imports ADD COLUMN transfer_requested_count integer NOT NULL DEFAULT 0;
