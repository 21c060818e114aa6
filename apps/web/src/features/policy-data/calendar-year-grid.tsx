import { useTranslation } from 'react-i18next';
import type { DayRow } from './calendar-form-values.ts';

const COLOURS = { holiday: '#ffccc7', makeup: '#bae0ff', weekend: '#f5f5f5' } as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Day of the week, Monday = 0, computed in UTC so the browser's time zone cannot shift it. */
function weekdayMondayFirst(year: number, month: number, day: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Props {
  year: number;
  holidays: readonly Partial<DayRow>[];
  makeupWorkdays: readonly Partial<DayRow>[];
}

/**
 * The year as twelve month grids (D-1): holidays red, make-up working days
 * blue, other weekends grey; a day's name shows on hover. Drawn from the
 * form's rows as they are typed, so the administrator sees what they enter.
 */
export function CalendarYearGrid({ year, holidays, makeupWorkdays }: Props) {
  const { t } = useTranslation();
  const names = new Map<string, { kind: 'holiday' | 'makeup'; name: string }>();
  for (const d of holidays) if (d.date) names.set(d.date, { kind: 'holiday', name: d.zh ?? '' });
  for (const d of makeupWorkdays) if (d.date) names.set(d.date, { kind: 'makeup', name: d.zh ?? '' });
  const weekdays = t('policyAdmin.calendar.weekdays').split(',');
  return (
    <div data-testid="calendar-grid">
      <div style={{ display: 'flex', gap: 12, marginBottom: 8, flexWrap: 'wrap' }}>
        <Legend colour={COLOURS.holiday} label={t('policyAdmin.calendar.legendHoliday')} />
        <Legend colour={COLOURS.makeup} label={t('policyAdmin.calendar.legendMakeup')} />
        <Legend colour={COLOURS.weekend} label={t('policyAdmin.calendar.legendWeekend')} />
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', gap: 12 }}>
        {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => {
          const offset = weekdayMondayFirst(year, month, 1);
          const cells: (number | null)[] = [
            ...Array<null>(offset).fill(null),
            ...Array.from({ length: daysInMonth(year, month) }, (_, d) => d + 1),
          ];
          return (
            <div key={month} data-testid={`grid-month-${month}`}>
              <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('policyAdmin.calendar.month', { month })}</div>
              <div
                style={{
                  display: 'grid',
                  gridTemplateColumns: 'repeat(7, 1fr)',
                  gap: 2,
                  fontSize: 12,
                  textAlign: 'center',
                }}
              >
                {weekdays.map((w) => (
                  <div key={w} style={{ color: '#888' }}>
                    {w}
                  </div>
                ))}
                {cells.map((day, index) => {
                  if (day === null) return <div key={`blank-${index}`} />;
                  const date = `${year}-${pad(month)}-${pad(day)}`;
                  const marked = names.get(date);
                  const weekend = index % 7 >= 5;
                  const background = marked ? COLOURS[marked.kind] : weekend ? COLOURS.weekend : undefined;
                  return (
                    <div
                      key={date}
                      title={marked?.name}
                      data-testid={marked ? `day-${marked.kind}-${date}` : undefined}
                      style={{ background, borderRadius: 3, padding: '1px 0' }}
                    >
                      {day}
                    </div>
                  );
                })}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

function Legend({ colour, label }: { colour: string; label: string }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <span style={{ width: 12, height: 12, background: colour, borderRadius: 2, display: 'inline-block' }} />
      {label}
    </span>
  );
}
