import { useTranslation } from 'react-i18next';
import { WageForm } from './wage-form.tsx';
import { YearlyDocumentsTab } from './yearly-documents-tab.tsx';

/** S-9: the average-wage table, one document per year and revision. */
export function WageTab() {
  const { t } = useTranslation();
  return (
    <YearlyDocumentsTab
      kind="wage"
      newLabel={t('policyAdmin.wage.newDraft')}
      newTestId="new-wage"
      tableTestId="wage-documents"
      // Last year (announced this summer) while nothing is published.
      firstYear={(thisYear) => thisYear - 1}
      form={(mode, publishedYears, close) => (
        <WageForm publishedYears={publishedYears} mode={mode} onDone={close} onCancel={close} />
      )}
    />
  );
}
