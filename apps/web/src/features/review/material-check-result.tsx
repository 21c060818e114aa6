import { Alert, Button, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MaterialCheckView } from '@jifen/contracts';
import { formatDate } from '../../components/format-date.ts';
import { lazyPart } from '../../app/recovery/lazy-part.tsx';
import { receiptUrl } from './workbench-api.ts';
import './messages.ts';

// Apart from the counter's form (materials-card.tsx): the review card every role reads shows the last check
// without loading the form the clerk fills in (issue 20). antd's List, with the pagination and select it
// brings, loads only for a returned check's missing items.
const MaterialProblems = lazyPart(() => import('./material-problems.tsx').then((m) => m.MaterialProblems));

/** The receipt (收件凭证) of accepted materials, as a PDF the browser prints. */
export function ReceiptButton({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      icon={<PrinterOutlined />}
      href={receiptUrl(applicationId)}
      target="_blank"
      rel="noopener"
      data-testid="print-receipt"
    >
      {t('workbench.materials.receipt')}
    </Button>
  );
}

/** The outcome of the last check: the receipt, or the missing items named (M-5). */
export function MaterialCheckResult({ applicationId, check }: { applicationId: string; check: MaterialCheckView }) {
  const { t } = useTranslation();
  return (
    <div data-testid="materials-result" data-outcome={check.outcome}>
      <Typography.Paragraph type="secondary">
        {t('workbench.materials.lastCheck', {
          outcome: t(`workbench.materials.outcome.${check.outcome}`),
          by: check.checkedBy.name,
          at: formatDate(check.checkedAt),
        })}
      </Typography.Paragraph>
      {check.outcome === 'accepted' ? (
        <Space direction="vertical">
          <Alert type="success" showIcon title={t('workbench.materials.accepted', { receiptNo: check.receiptNo })} />
          <ReceiptButton applicationId={applicationId} />
        </Space>
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('workbench.materials.returned')}
          description={<MaterialProblems problems={check.problems} />}
        />
      )}
    </div>
  );
}
