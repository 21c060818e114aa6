-- 027 (issue 22): points notices get numbers people can read out, like the
-- application numbers of 009: JFTZ<year>-<6 digits>, counted per year of
-- the issue day. Until now a notice's number was "JF" and 16 hex digits of
-- its application's id (JFD8ED46FA9E4448C0).
--
-- Codes already printed on paper carry the old number inside their signed
-- payload, so the old number stays in legacy_no and the verification page
-- looks a notice up by either. A notice row is still made when the notice is
-- first printed or revoked; the number is given here, in that insert.

CREATE TABLE notice_number_counters (
  year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
  last integer NOT NULL CHECK (last >= 1)
);

ALTER TABLE notices ADD COLUMN legacy_no text;
UPDATE notices SET legacy_no = notice_no;
CREATE UNIQUE INDEX notices_legacy_no ON notices (legacy_no) WHERE legacy_no IS NOT NULL;

-- Existing notices are numbered in the order they were issued, per year.
WITH numbered AS (
  SELECT legacy_no,
    extract(year FROM issued_on)::integer AS y,
    row_number() OVER (
      PARTITION BY extract(year FROM issued_on) ORDER BY issued_on, created_at, application_id
    )::integer AS n
  FROM notices
)
UPDATE notices SET notice_no = 'JFTZ' || numbered.y::text || '-' || lpad(numbered.n::text, 6, '0')
FROM numbered WHERE numbered.legacy_no = notices.legacy_no;

INSERT INTO notice_number_counters (year, last)
SELECT substr(notice_no, 5, 4)::integer, max(substr(notice_no, 10)::integer) FROM notices GROUP BY substr(notice_no, 5, 4);

ALTER TABLE notices ADD CONSTRAINT notices_number_format CHECK (notice_no ~ '^JFTZ[0-9]{4}-[0-9]{6}$');

-- Every insert path gets its number here, in the inserting transaction: a
-- rolled-back insert gives its number back, and PGlite and PostgreSQL agree.
CREATE FUNCTION notices_assign_number() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  y integer;
  n integer;
BEGIN
  IF NEW.notice_no IS NULL THEN
    y := extract(year FROM NEW.issued_on)::integer;
    INSERT INTO notice_number_counters (year, last) VALUES (y, 1)
      ON CONFLICT (year) DO UPDATE SET last = notice_number_counters.last + 1
      RETURNING last INTO n;
    IF n > 999999 THEN
      RAISE EXCEPTION 'notice numbers of % are exhausted (999999)', y;
    END IF;
    NEW.notice_no := 'JFTZ' || y::text || '-' || lpad(n::text, 6, '0');
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER notices_number BEFORE INSERT ON notices
  FOR EACH ROW EXECUTE FUNCTION notices_assign_number();
