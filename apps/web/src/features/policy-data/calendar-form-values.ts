import { calendarYearSchema, type CalendarYearDoc } from '@jifen/domain';
import type { CalendarDraftRequest } from '@jifen/contracts';

/** A named day as one form row: the date and its name in both languages. */
export interface DayRow {
  date: string;
  zh: string;
  en: string;
}

export interface NoticeRow {
  number: string;
  title: string;
  date: string;
  url: string;
}

export interface CalendarFormValues {
  year: number;
  notices: NoticeRow[];
  holidays: DayRow[];
  makeupWorkdays: DayRow[];
  source: string;
  reason?: string;
}

const toRow = (d: CalendarYearDoc['holidays'][number]): DayRow => ({ date: d.date, zh: d.name.zh, en: d.name.en });
const fromRow = (r: DayRow) => ({ date: r.date.trim(), name: { zh: r.zh.trim(), en: r.en.trim() } });
const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);

/** A calendar year (a published revision, a draft or an imported file) as form values. */
export function calendarFormValues(doc: CalendarYearDoc): CalendarFormValues {
  return {
    year: doc.year,
    notices: doc.notices.map((n) => ({ number: n.number ?? '', title: n.title, date: n.date, url: n.url })),
    holidays: doc.holidays.map(toRow),
    makeupWorkdays: doc.makeupWorkdays.map(toRow),
    source: doc.source,
  };
}

/** The form's values as the API's draft body (D-1); days sorted, an empty notice number sent as null. */
export function calendarDraftBody(values: CalendarFormValues): CalendarDraftRequest {
  const reason = values.reason?.trim();
  return {
    year: values.year,
    notices: values.notices.map((n) => ({
      number: n.number.trim() === '' ? null : n.number.trim(),
      title: n.title.trim(),
      date: n.date.trim(),
      url: n.url.trim(),
    })),
    holidays: values.holidays.map(fromRow).sort(byDate),
    makeupWorkdays: values.makeupWorkdays.map(fromRow).sort(byDate),
    source: values.source.trim(),
    ...(reason ? { reason } : {}),
  };
}

export type ImportResult = { ok: true; values: CalendarFormValues } | { ok: false; problem: string };

/** Reads a file in the shape of policies/calendars/<year>.json, validated by the domain's own schema. */
export function importCalendarFile(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
  const parsed = calendarYearSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problem: parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; '),
    };
  }
  const wrongYear = [...parsed.data.holidays, ...parsed.data.makeupWorkdays].find(
    (d) => !d.date.startsWith(`${parsed.data.year}-`),
  );
  if (wrongYear) return { ok: false, problem: `${wrongYear.date} ∉ ${parsed.data.year}` };
  return { ok: true, values: calendarFormValues(parsed.data) };
}
