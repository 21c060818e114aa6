-- 001 platform: reference data, tenants, accounts, sessions, people, permits, audit.
-- Later migrations add applications (per holder and employer, with policy
-- version and parameter hash), endorsements (per permit, by community
-- centre), an outbox of intents, and consultations; they reference the
-- tables below and need no change to them.

CREATE TABLE districts (
  code char(6) PRIMARY KEY,
  name text NOT NULL UNIQUE,
  sort_order integer NOT NULL
);

-- 社区事务受理服务中心 (kind community) and 区人才服务中心 (kind talent).
CREATE TABLE service_centres (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('community', 'talent')),
  district_code char(6) NOT NULL REFERENCES districts (code),
  name text NOT NULL UNIQUE
);
CREATE UNIQUE INDEX service_centres_one_talent_per_district ON service_centres (district_code) WHERE kind = 'talent';

CREATE TABLE employers (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  uscc char(18) NOT NULL UNIQUE,
  uscc_checksum_ok boolean NOT NULL,
  district_code char(6) NOT NULL REFERENCES districts (code),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'verified', 'rejected')),
  contact_name text NOT NULL,
  contact_mobile_enc text NOT NULL,
  contact_mobile_masked text NOT NULL,
  created_at timestamptz NOT NULL,
  decided_by uuid,
  decided_at timestamptz,
  rejection_reason text
);
CREATE INDEX employers_district_status ON employers (district_code, status);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('holder', 'hr', 'clerk', 'reviewer', 'consultant', 'admin')),
  password_hash text NOT NULL,
  employer_id uuid REFERENCES employers (id),
  district_code char(6) REFERENCES districts (code),
  centre_id text REFERENCES service_centres (id),
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL,
  CONSTRAINT users_scope_by_role CHECK (
    (role <> 'hr' OR employer_id IS NOT NULL)
    AND (role <> 'clerk' OR (centre_id IS NOT NULL AND district_code IS NOT NULL))
    AND (role <> 'reviewer' OR district_code IS NOT NULL)
  )
);
CREATE INDEX users_employer ON users (employer_id);
ALTER TABLE employers ADD CONSTRAINT employers_decided_by_fk FOREIGN KEY (decided_by) REFERENCES users (id);

-- Server-side sessions; the cookie holds the id, the table only its SHA-256.
CREATE TABLE sessions (
  id_hash char(64) PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user ON sessions (user_id) WHERE revoked_at IS NULL;

-- A residence-permit holder. Resident ID and mobile are AES-256-GCM
-- ciphertext (PI-1); *_hash is a keyed HMAC for look-ups; *_masked is what
-- lists show.
CREATE TABLE holders (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  resident_id_enc text NOT NULL,
  resident_id_hash char(64) NOT NULL UNIQUE,
  resident_id_masked text NOT NULL,
  birth_date date NOT NULL,
  sex char(1) NOT NULL CHECK (sex IN ('M', 'F')),
  mobile_enc text,
  mobile_hash char(64),
  mobile_masked text,
  employer_id uuid REFERENCES employers (id),
  user_id uuid UNIQUE REFERENCES users (id),
  created_at timestamptz NOT NULL
);
CREATE INDEX holders_employer ON holders (employer_id);
CREATE INDEX holders_mobile_hash ON holders (mobile_hash);

-- Residence permits (居住证); each endorsement or re-issue is a new row.
CREATE TABLE permits (
  id uuid PRIMARY KEY,
  holder_id uuid NOT NULL REFERENCES holders (id),
  permit_no text NOT NULL,
  issued_on date NOT NULL,
  expires_on date NOT NULL,
  created_at timestamptz NOT NULL,
  CHECK (expires_on >= issued_on),
  UNIQUE (holder_id, expires_on)
);
CREATE INDEX permits_expires_on ON permits (expires_on);

-- Append-only, hash-chained: hash = SHA-256(prev_hash || canonical JSON of the entry).
-- ids are gapless (assigned under an advisory lock), so a deleted row shows.
CREATE TABLE audit_log (
  id bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id uuid,
  actor_role text,
  action text NOT NULL,
  subject_type text NOT NULL,
  subject_id text,
  before jsonb,
  after jsonb,
  reason text,
  request_id text,
  prev_hash char(64) NOT NULL,
  hash char(64) NOT NULL UNIQUE
);
CREATE INDEX audit_log_subject ON audit_log (subject_id);
CREATE INDEX audit_log_actor ON audit_log (actor_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

INSERT INTO districts (code, name, sort_order) VALUES
  ('310101', '黄浦区', 1), ('310104', '徐汇区', 2), ('310105', '长宁区', 3), ('310106', '静安区', 4),
  ('310107', '普陀区', 5), ('310109', '虹口区', 6), ('310110', '杨浦区', 7), ('310112', '闵行区', 8),
  ('310113', '宝山区', 9), ('310114', '嘉定区', 10), ('310115', '浦东新区', 11), ('310116', '金山区', 12),
  ('310117', '松江区', 13), ('310118', '青浦区', 14), ('310120', '奉贤区', 15), ('310151', '崇明区', 16);

INSERT INTO service_centres (id, kind, district_code, name)
SELECT 't-' || code, 'talent', code, name || '人才服务中心' FROM districts;

INSERT INTO service_centres (id, kind, district_code, name) VALUES
  ('c-310101-nanjingdonglu', 'community', '310101', '黄浦区南京东路街道社区事务受理服务中心'),
  ('c-310104-xujiahui', 'community', '310104', '徐汇区徐家汇街道社区事务受理服务中心'),
  ('c-310104-caohejing', 'community', '310104', '徐汇区漕河泾街道社区事务受理服务中心'),
  ('c-310105-huayanglu', 'community', '310105', '长宁区华阳路街道社区事务受理服务中心'),
  ('c-310106-jingansi', 'community', '310106', '静安区静安寺街道社区事务受理服务中心'),
  ('c-310107-changshoulu', 'community', '310107', '普陀区长寿路街道社区事务受理服务中心'),
  ('c-310109-ouyanglu', 'community', '310109', '虹口区欧阳路街道社区事务受理服务中心'),
  ('c-310110-wujiaochang', 'community', '310110', '杨浦区五角场街道社区事务受理服务中心'),
  ('c-310112-jiangchuanlu', 'community', '310112', '闵行区江川路街道社区事务受理服务中心'),
  ('c-310113-youyilu', 'community', '310113', '宝山区友谊路街道社区事务受理服务中心'),
  ('c-310114-jiadingzhen', 'community', '310114', '嘉定区嘉定镇街道社区事务受理服务中心'),
  ('c-310115-lujiazui', 'community', '310115', '浦东新区陆家嘴街道社区事务受理服务中心'),
  ('c-310115-huamu', 'community', '310115', '浦东新区花木街道社区事务受理服务中心'),
  ('c-310115-zhangjiang', 'community', '310115', '浦东新区张江镇社区事务受理服务中心'),
  ('c-310116-shihua', 'community', '310116', '金山区石化街道社区事务受理服务中心'),
  ('c-310117-yueyang', 'community', '310117', '松江区岳阳街道社区事务受理服务中心'),
  ('c-310118-xiayang', 'community', '310118', '青浦区夏阳街道社区事务受理服务中心'),
  ('c-310120-nanqiao', 'community', '310120', '奉贤区南桥镇社区事务受理服务中心'),
  ('c-310151-chengqiao', 'community', '310151', '崇明区城桥镇社区事务受理服务中心');
