// The demo holders (test data: the resident IDs are made up, with a valid
// check character). Kept apart from the seeding so that the README's table of
// them can be checked against the data the server creates.
import { residentIdFrom } from './check-chars.ts';

export interface DemoHolder {
  name: string;
  id17: string;
  mobile: string;
  employer: 'acme' | 'beta';
  /** The permit expires this many days after the seeding day (negative: already expired). */
  days: number;
  /** The demo account that signs in as this holder, if any. */
  account?: 'holder.li' | 'holder.zhang';
}

export const DEMO_HOLDERS: readonly DemoHolder[] = [
  { name: '李明', id17: '31011519900307123', mobile: '13812345678', employer: 'acme', days: 20, account: 'holder.li' },
  { name: '王芳', id17: '32058319880512002', mobile: '13912345670', employer: 'acme', days: 200 },
  // 张伟's employer recorded only 4 of his last 12 months (C-1 fails): his account lets him confirm an application HR then cannot submit.
  {
    name: '张伟',
    id17: '41010219920815003',
    mobile: '13612345671',
    employer: 'acme',
    days: 0,
    account: 'holder.zhang',
  },
  { name: '刘洋', id17: '51010719850203005', mobile: '13512345672', employer: 'acme', days: -20 },
  { name: '陈静', id17: '43010219950621004', mobile: '13412345673', employer: 'acme', days: -75 },
  { name: '杨磊', id17: '37020219870930007', mobile: '13312345674', employer: 'acme', days: -120 },
  { name: '赵敏', id17: '33010619930114008', mobile: '15012345675', employer: 'beta', days: 45 },
  { name: '孙浩', id17: '35020319910426009', mobile: '15112345676', employer: 'beta', days: -40 },
];

export const demoHolderResidentId = (h: DemoHolder) => residentIdFrom(h.id17);
