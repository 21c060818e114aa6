import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarYearDoc } from '@jifen/domain';
import type { PolicyDocument } from '@jifen/contracts';
import { calendarFormValues } from './calendar-form-values.ts';
import { CalendarForm } from './calendar-form.tsx';
import { CalendarYearGrid } from './calendar-year-grid.tsx';
import { YearlyDocumentsTab } from './yearly-documents-tab.tsx';

/** D-1: the working-day calendars, one document per year and revision. */
export function CalendarTab() {
  const { t } = useTranslation();
  return (
    <YearlyDocumentsTab
      kind="calendar"
      newLabel={t('policyAdmin.calendar.newYear')}
      newTestId="new-calendar"
      tableTestId="calendar-documents"
      // Next year while nothing is published.
      firstYear={(thisYear) => thisYear + 1}
      form={(mode, publishedYears, close) => (
        <CalendarForm publishedYears={publishedYears} mode={mode} onDone={close} onCancel={close} />
      )}
      view={(document, close) => <CalendarView document={document} onClose={close} />}
    />
  );
}

function CalendarView({ document, onClose }: { document: PolicyDocument; onClose: () => void }) {
  const { t } = useTranslation();
  const values = calendarFormValues(document.doc as CalendarYearDoc);
  return (
    <Card
      title={`${t('policyAdmin.calendar.preview', { year: values.year })} · ${t('policyAdmin.columns.revision')} ${document.revision}`}
      extra={<Button onClick={onClose}>{t('policyAdmin.actions.close')}</Button>}
      data-testid="calendar-view"
    >
      <CalendarYearGrid year={values.year} holidays={values.holidays} makeupWorkdays={values.makeupWorkdays} />
    </Card>
  );
}
