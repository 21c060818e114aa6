import { randomUUID } from 'node:crypto';
import { addDays, addYears } from '@jifen/domain';
import type { Db, Sql } from '../adapters/db/sql.ts';
import { shanghaiDate, type Clock } from '../clock.ts';
import type { PiiCipher } from '../security/pii.ts';
import { maskMobile } from '../security/pii.ts';
import { appendAudit } from '../modules/audit/audit.service.ts';
import { decideEmployer, insertEmployer } from '../modules/employers/employers.repository.ts';
import { createHolder } from '../modules/holders/holders.service.ts';
import { createAccount } from '../modules/users/users.service.ts';
import { residentIdFrom, usccFrom } from './check-chars.ts';
import { DEMO_HOLDERS } from './demo-holders.ts';
import { seedPointsRecords } from './points-records-seed.ts';
import { seedHolderData } from './holder-data-seed.ts';
import { seedPriorApproval } from './prior-approval-seed.ts';
import { seedOnlineConsult } from './online-consult-seed.ts';
import { seedFailedSms } from './failed-sms-seed.ts';
import { seedWorkbenchCases } from './workbench-seed.ts';

export const DEMO_PASSWORD = 'Demo@2026';

export interface DemoAccount {
  username: string;
  role: string;
  note: string;
}

interface SeedDeps {
  db: Db;
  clock: Clock;
  pii: PiiCipher;
}

/** True when no account exists yet: demo data only goes into an empty database. */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  return (await db.one<{ n: number }>('SELECT count(*)::int AS n FROM users')).n === 0;
}

async function employer(
  q: Sql,
  deps: SeedDeps,
  e: { name: string; first17: string; district: string; contact: string; mobile: string },
) {
  const id = randomUUID();
  await insertEmployer(q, {
    id,
    name: e.name,
    uscc: usccFrom(e.first17),
    usccChecksumOk: true,
    districtCode: e.district,
    status: 'pending',
    contactName: e.contact,
    contactMobileEnc: deps.pii.encrypt('employer.contact_mobile', e.mobile),
    contactMobileMasked: maskMobile(e.mobile),
    createdAt: deps.clock.now(),
  });
  return id;
}

/**
 * One account per role (password Demo@2026), two verified employers in
 * different districts for tenant scoping, one pending employer, and holders
 * whose permits sit in every lifecycle state as of the seeding day.
 */
export async function seedDemoData(deps: SeedDeps): Promise<DemoAccount[]> {
  const today = shanghaiDate(deps.clock.now());
  const pw = DEMO_PASSWORD;
  return deps.db.tx(async (q) => {
    const account = (
      username: string,
      displayName: string,
      role: Parameters<typeof createAccount>[2]['role'],
      scope: object = {},
    ) => createAccount(q, deps, { username, displayName, password: pw, role, ...scope, trustedSeed: true });

    await account('admin', '系统管理员', 'admin');
    // A second administrator: policy data is drafted by one and published by another (issue #9).
    await account('admin2', '政策数据审核管理员', 'admin');
    const consultantUser = await account('consultant', '积分咨询顾问', 'consultant');
    const reviewerPd = await account('reviewer.pd', '浦东新区人才服务中心 王审核', 'reviewer', {
      districtCode: '310115',
      centreId: 't-310115',
    });
    const reviewerXh = await account('reviewer.xh', '徐汇区人才服务中心 赵审核', 'reviewer', {
      districtCode: '310104',
      centreId: 't-310104',
    });
    await account('clerk.pd', '陆家嘴社区事务受理服务中心 陈经办', 'clerk', {
      districtCode: '310115',
      centreId: 'c-310115-lujiazui',
    });

    const acme = await employer(q, deps, {
      name: '上海示例科技有限公司',
      first17: '91310115MA1H7Q3R2',
      district: '310115',
      contact: '张人事',
      mobile: '13800138000',
    });
    const beta = await employer(q, deps, {
      name: '上海贝塔信息技术有限公司',
      first17: '91310104MA1FR6TK5',
      district: '310104',
      contact: '周人事',
      mobile: '13900139000',
    });
    const gamma = await employer(q, deps, {
      name: '上海伽马贸易有限公司',
      first17: '91310115MA1G9WXN3',
      district: '310115',
      contact: '吴经理',
      mobile: '13700137000',
    });
    const now = deps.clock.now();
    await decideEmployer(q, acme, { status: 'verified', by: reviewerPd, at: now, reason: null });
    await decideEmployer(q, beta, { status: 'verified', by: reviewerXh, at: now, reason: null });

    await account('hr.acme', '上海示例科技 张人事', 'hr', { employerId: acme });
    await account('hr.beta', '上海贝塔信息 周人事', 'hr', { employerId: beta });
    await account('hr.gamma', '上海伽马贸易 吴经理', 'hr', { employerId: gamma });
    const liUser = await account('holder.li', '李明', 'holder');
    const zhangUser = await account('holder.zhang', '张伟', 'holder');

    const permitEnding = (daysFromToday: number, n: number) => {
      const expiresOn = addDays(today, daysFromToday);
      return {
        permitNo: `SH${String(310000000 + n * 7919).slice(0, 9)}`,
        issuedOn: addDays(addYears(expiresOn, -1), 1),
        expiresOn,
      };
    };
    const employers = { acme, beta };
    const accounts = { 'holder.li': liUser, 'holder.zhang': zhangUser };
    const people = DEMO_HOLDERS.map((h) => ({
      ...h,
      employer: employers[h.employer],
      user: h.account ? accounts[h.account] : undefined,
    }));
    let n = 0;
    for (const p of people) {
      n += 1;
      await createHolder(q, deps, {
        name: p.name,
        residentId: residentIdFrom(p.id17),
        mobile: p.mobile,
        employerId: p.employer,
        userId: p.user ?? null,
        permit: permitEnding(p.days, n),
      });
    }
    await seedHolderData(q, deps, today);
    await seedPriorApproval(q, deps, today);
    await seedOnlineConsult(q, deps, { holderLi: liUser, consultant: consultantUser });
    await seedFailedSms(q, deps);
    // Issue 13: the employer's roster filters by department.
    await q.execute(
      "UPDATE holders SET department = CASE WHEN name IN ('李明', '张伟', '刘洋', '赵敏') THEN '研发部' ELSE '财务部' END WHERE employer_id = ANY($1::uuid[])",
      [[acme, beta]],
    );
    await seedPointsRecords(q, today);
    await seedWorkbenchCases(q, deps, today);
    await appendAudit(q, deps.clock, null, {
      action: 'demo.seed',
      subjectType: 'system',
      after: { asOf: today, holders: people.length },
    });
    return [
      { username: 'admin', role: 'admin', note: '系统管理员 administrator' },
      { username: 'admin2', role: 'admin', note: '第二位管理员: publishes policy data another administrator drafted' },
      { username: 'reviewer.pd', role: 'reviewer', note: '浦东新区人才服务中心' },
      { username: 'reviewer.xh', role: 'reviewer', note: '徐汇区人才服务中心' },
      { username: 'clerk.pd', role: 'clerk', note: '浦东新区陆家嘴街道社区事务受理服务中心' },
      { username: 'hr.acme', role: 'hr', note: '上海示例科技有限公司 (浦东, verified)' },
      { username: 'hr.beta', role: 'hr', note: '上海贝塔信息技术有限公司 (徐汇, verified)' },
      { username: 'hr.gamma', role: 'hr', note: '上海伽马贸易有限公司 (浦东, pending verification)' },
      { username: 'holder.li', role: 'holder', note: '李明, employee of 上海示例科技' },
      { username: 'holder.zhang', role: 'holder', note: '张伟, 上海示例科技; only 4 of 12 months insured (C-1)' },
      { username: 'consultant', role: 'consultant', note: '积分咨询顾问' },
    ];
  });
}
