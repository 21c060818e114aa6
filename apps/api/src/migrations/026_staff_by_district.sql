-- 026 (issue 20): the reviewer's queue lists the district's reviewers (and
-- what each holds) on every request, and finding them read every row of
-- users: one per HR specialist of every employer and one per holder who signs
-- in, so the read grew with the city (4.5 ms at 1,000,000 holders with only
-- the 10,000 HR specialists as users; 0.06 ms through this index). Only the
-- centre's staff have a district; the index holds them alone.
CREATE INDEX users_district_staff ON users (district_code) WHERE district_code IS NOT NULL;
