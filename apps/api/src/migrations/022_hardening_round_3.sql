-- Issue 18 (item 11): one running roster import per employer. Two imports
-- of the same rows at once raced for the same holders and the second failed
-- after one row; the second upload is now refused with a clear message.
-- An import whose worker stopped (a restart) is marked failed before the next
-- one starts (roster-import.service.ts), so it never blocks the employer.
UPDATE roster_imports SET status = 'failed', finished_at = heartbeat_at,
  failure = '{"zh":"服务器重启，导入中断；请重新上传同一文件（已导入的行不会重复）","en":"The server restarted and the import stopped; upload the same file again (rows already imported are not repeated)"}'::jsonb
WHERE status = 'running';

CREATE UNIQUE INDEX roster_imports_one_running ON roster_imports (employer_id) WHERE status = 'running';

-- Issue 18 (item 6): rate budgets in a store every instance shares, keyed by
-- person (user id) or address, not by session (plugins/rate-limit-store.ts).
-- A row is one budget window: its count and when it ends. Written only by
-- the rate-limit store.
CREATE TABLE rate_limit_windows (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  resets_at timestamptz NOT NULL
);
CREATE INDEX rate_limit_windows_resets ON rate_limit_windows (resets_at);

-- Issue 18 (item 7): no SMS to a number its asker has not proved they hold.
-- A thread that asks for SMS gets one code by SMS; only once the code is
-- entered do answers go out by SMS, at most a few a day per number
-- (consult_sms_per_number, written only by modules/online-consult). Threads
-- asked before this change count as unverified: they are followed in-page.
ALTER TABLE consultation_threads ADD COLUMN mobile_code_hash text;
ALTER TABLE consultation_threads ADD COLUMN mobile_code_attempts integer NOT NULL DEFAULT 0;
ALTER TABLE consultation_threads ADD COLUMN mobile_verified_at timestamptz;
CREATE TABLE consult_sms_per_number (
  mobile_hash text NOT NULL,
  day date NOT NULL,
  sent integer NOT NULL,
  PRIMARY KEY (mobile_hash, day)
);
