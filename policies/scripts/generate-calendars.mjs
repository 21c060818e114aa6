#!/usr/bin/env node
// Writes policies/calendars/<year>.json (D-1) from the chinese-days 1.5.7
// data set (a devDependency of packages/domain), adding the State Council
// notice of each year. Run once per new notice, review the diff, commit:
//   node policies/scripts/generate-calendars.mjs
// The test policies/calendars.test.ts re-checks every shipped year day by
// day against chinese-days and holiday-calendar.
//
// Years 2004 and 2005, which chinese-days also covers, are not written: no
// copy of those notices with a number and date could be found, and a year
// without a calendar is reported as CALENDAR.YEAR_MISSING rather than guessed.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../../packages/domain/package.json'));
const dataPath = join(dirname(require.resolve('chinese-days/package.json')), 'dist/chinese-days.json');
const data = JSON.parse(readFileSync(dataPath, 'utf8'));

const gb = (year) => `国务院办公厅关于${year}年部分节假日安排的通知`;
/** Notice numbers and dates checked against copies of each notice (gov.cn, wikisource, provincial portals). */
const NOTICES = {
  2006: [['国办发明电〔2005〕35号', gb(2006), '2005-12-16', 'http://www.gov.cn/jrzg/2005-12/22/content_133837.htm']],
  2007: [['国办发明电〔2006〕49号', gb(2007), '2006-12-14', 'http://www.gov.cn/fwxx/sh/2006-12/18/content_471877.htm']],
  2008: [[null, gb(2008), '2007-12-18', 'http://www.gov.cn/zwgk/2007-12/18/content_837184.htm']],
  2009: [['国办发明电〔2008〕42号', gb(2009), '2008-12-10', 'http://www.gov.cn/zwgk/2008-12/10/content_1174014.htm']],
  2010: [['国办发明电〔2009〕27号', gb(2010), '2009-12-07', 'http://www.gov.cn/zwgk/2009-12/08/content_1482691.htm']],
  2011: [['国办发明电〔2010〕40号', gb(2011), '2010-12-09', 'http://www.gov.cn/zwgk/2010-12/10/content_1762643.htm']],
  2012: [['国办发明电〔2011〕45号', gb(2012), '2011-12-05', 'http://www.gov.cn/zwgk/2011-12/06/content_2012097.htm']],
  2013: [['国办发明电〔2012〕33号', gb(2013), '2012-12-08', 'http://www.gov.cn/zwgk/2012-12/10/content_2286598.htm']],
  2014: [['国办发明电〔2013〕28号', gb(2014), '2013-12-11', 'http://www.gov.cn/zwgk/2013-12/11/content_2546204.htm']],
  2015: [
    ['国办发明电〔2014〕28号', gb(2015), '2014-12-16', 'http://www.gov.cn/zhengce/content/2014-12/16/content_9302.htm'],
    [
      '国发明电〔2015〕1号',
      '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知',
      '2015-05-13',
      'http://www.gov.cn/zhengce/content/2015-05/13/content_9742.htm',
    ],
  ],
  2016: [
    [
      '国办发明电〔2015〕18号',
      gb(2016),
      '2015-12-10',
      'http://www.gov.cn/zhengce/content/2015-12/10/content_10394.htm',
    ],
  ],
  2017: [
    [
      '国办发明电〔2016〕17号',
      gb(2017),
      '2016-12-01',
      'http://www.gov.cn/zhengce/content/2016-12/01/content_5141603.htm',
    ],
  ],
  2018: [
    [
      '国办发明电〔2017〕12号',
      gb(2018),
      '2017-11-30',
      'http://www.gov.cn/zhengce/content/2017-11/30/content_5243579.htm',
    ],
  ],
  2019: [
    ['国办发明电〔2018〕15号', gb(2019), '2018-12-04', 'http://www.gov.cn/xinwen/2018-12/06/content_5346287.htm'],
    [
      '国办发明电〔2019〕3号',
      '国务院办公厅关于调整2019年劳动节假期安排的通知',
      '2019-03-22',
      'http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm',
    ],
  ],
  2020: [
    [
      '国办发明电〔2019〕16号',
      gb(2020),
      '2019-11-21',
      'http://www.gov.cn/zhengce/content/2019-11/21/content_5454164.htm',
    ],
    [
      '国办发明电〔2020〕1号',
      '国务院办公厅关于延长2020年春节假期的通知',
      '2020-01-27',
      'http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm',
    ],
  ],
  2021: [
    [
      '国办发明电〔2020〕27号',
      gb(2021),
      '2020-11-25',
      'http://www.gov.cn/zhengce/content/2020-11/25/content_5564127.htm',
    ],
  ],
  2022: [
    [
      '国办发明电〔2021〕11号',
      gb(2022),
      '2021-10-25',
      'http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm',
    ],
  ],
  2023: [
    [
      '国办发明电〔2022〕16号',
      gb(2023),
      '2022-12-08',
      'http://www.gov.cn/zhengce/content/2022-12/08/content_5730844.htm',
    ],
  ],
  2024: [
    ['国办发明电〔2023〕7号', gb(2024), '2023-10-25', 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm'],
  ],
  2025: [
    [
      '国办发明电〔2024〕12号',
      gb(2025),
      '2024-11-12',
      'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
    ],
  ],
  2026: [
    [
      '国办发明电〔2025〕7号',
      gb(2026),
      '2025-11-04',
      'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
    ],
  ],
};

/** chinese-days names a day "English,中文,days"; keep the two names. */
function nameOf(raw, makeup) {
  const [en, zh] = raw.split(',');
  return makeup ? { zh: `${zh}调休上班`, en: `${en} make-up workday` } : { zh, en };
}

function daysOf(map, year, makeup) {
  return Object.keys(map)
    .filter((d) => d.startsWith(`${year}-`))
    .sort()
    .map((date) => ({ date, name: nameOf(map[date], makeup) }));
}

const outDir = join(here, '../calendars');
mkdirSync(outDir, { recursive: true });
for (const [year, notices] of Object.entries(NOTICES)) {
  const doc = {
    year: Number(year),
    notices: notices.map(([number, title, date, url]) => ({ number, title, date, url })),
    holidays: daysOf(data.holidays, year, false),
    makeupWorkdays: daysOf(data.workdays, year, true),
    source:
      'Days from chinese-days 1.5.7 (dist/chinese-days.json), itself transcribed from the notices listed; cross-checked day by day against chinese-days and holiday-calendar 1.3.3 in policies/calendars.test.ts.',
  };
  writeFileSync(join(outDir, `${year}.json`), `${JSON.stringify(doc, null, 2)}\n`);
}
// An index with one static import per year, so that bundlers and Node load
// the same files without reading the directory at run time.
const years = Object.keys(NOTICES);
const index = [
  '// Generated by policies/scripts/generate-calendars.mjs; one import per shipped year.',
  ...years.map((y) => `import y${y} from './${y}.json' with { type: 'json' };`),
  '',
  `export const calendars: readonly unknown[] = [${years.map((y) => `y${y}`).join(', ')}];`,
  '',
].join('\n');
writeFileSync(join(outDir, 'index.ts'), index);
console.log(`wrote ${Object.keys(NOTICES).length} calendars to ${outDir}`);
