import { Calendar, Flex, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

/** Heat colours: none, 1, 2-4, 5-9, 10 and more expiries on a day. */
const HEAT = ['transparent', '#fff1b8', '#ffd666', '#fa8c16', '#d4380d'];
const heat = (n: number) => (n === 0 ? 0 : n === 1 ? 1 : n < 5 ? 2 : n < 10 ? 3 : 4);

/**
 * The permit expiries of the next 90 days on antd Calendars, one month each,
 * every day coloured by how many permits expire on it (a heat map).
 */
export function ExpiryCalendar({
  asOf,
  expiries,
  onPick,
}: {
  asOf: string;
  expiries: { date: string; count: number }[];
  onPick: (date: string) => void;
}) {
  const { t } = useTranslation();
  const counts = new Map(expiries.map((e) => [e.date, e.count]));
  const first = dayjs(asOf);
  const last = first.add(89, 'day');
  const months: Dayjs[] = [];
  for (let m = first.startOf('month'); !m.isAfter(last, 'month'); m = m.add(1, 'month')) months.push(m);
  return (
    <Flex wrap gap={12} data-testid="expiry-calendar">
      {months.map((month) => (
        <div key={month.format('YYYY-MM')} style={{ width: 260, border: '1px solid #f0f0f0', borderRadius: 8 }}>
          <Calendar
            fullscreen={false}
            value={month}
            validRange={[first, last]}
            headerRender={() => (
              <Typography.Text strong style={{ display: 'block', padding: 8 }}>
                {month.format('YYYY-MM')}
              </Typography.Text>
            )}
            onSelect={(d, info) => {
              if (info.source === 'date') onPick(d.format('YYYY-MM-DD'));
            }}
            fullCellRender={(d, info) => {
              if (info.type !== 'date') return info.originNode;
              const iso = d.format('YYYY-MM-DD');
              const inMonth = d.isSame(month, 'month');
              const n = counts.get(iso) ?? 0;
              const cell = (
                <div
                  data-testid={inMonth && n > 0 ? `expiry-${iso}` : undefined}
                  data-count={n}
                  style={{
                    margin: '0 auto',
                    width: 28,
                    lineHeight: '24px',
                    borderRadius: 4,
                    background: inMonth ? HEAT[heat(n)] : 'transparent',
                    // Days of the next and previous months: grey, yet >= 4.5:1 (WCAG 1.4.3; #ccc was 1.6:1).
                    color: inMonth ? (heat(n) >= 3 ? '#fff' : undefined) : '#767676',
                    fontWeight: n > 0 ? 600 : undefined,
                  }}
                >
                  {d.date()}
                </div>
              );
              return inMonth && n > 0 ? (
                <Tooltip title={t('roster.expiringOn', { date: iso, count: n })}>{cell}</Tooltip>
              ) : (
                cell
              );
            }}
          />
        </div>
      ))}
    </Flex>
  );
}
