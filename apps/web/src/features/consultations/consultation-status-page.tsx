import { useState } from 'react';
import { Alert, Button, Descriptions, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.ts';
import { formatDate } from '../../components/format-date.ts';
import { PublicPageFrame } from '../../components/public-page-frame.tsx';
import { useConsultationStatus, useWithdrawConsultation } from './consultation-api.ts';
import './messages.ts';

const REF = /^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;

/** PI-3: the person sees the status by reference code and can withdraw, which deletes the data. The code travels in the fragment only. */
export default function ConsultationStatusPage() {
  const { t } = useTranslation();
  const initial = /ref=([^&]+)/.exec(window.location.hash)?.[1] ?? '';
  const [typed, setTyped] = useState(initial);
  const [reference, setReference] = useState<string | null>(REF.test(initial) ? initial : null);
  const status = useConsultationStatus(reference);
  const withdraw = useWithdrawConsultation();
  const code = typed.trim().toUpperCase();

  return (
    <PublicPageFrame title={t('consult.statusTitle')} width={560}>
      <Space.Compact style={{ width: '100%', marginBottom: 16 }}>
        <Input
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          placeholder="XXXXX-XXXXX"
          aria-label={t('consult.reference')}
          data-testid="status-reference"
          style={{ fontFamily: 'monospace' }}
        />
        <Button
          type="primary"
          disabled={!REF.test(code)}
          onClick={() => setReference(code)}
          data-testid="status-lookup"
        >
          {t('consult.lookup')}
        </Button>
      </Space.Compact>
      {withdraw.isSuccess && (
        <Alert
          type="success"
          showIcon
          title={t('consult.withdrawn')}
          data-testid="withdrawn"
          style={{ marginBottom: 16 }}
        />
      )}
      {status.isError && <Alert type="error" showIcon title={errorText(status.error, t)} />}
      {status.data === null && !withdraw.isSuccess && (
        <Alert type="warning" showIcon title={t('consult.notFound')} data-testid="status-not-found" />
      )}
      {status.data && (
        <>
          <Descriptions column={1} bordered size="small" data-testid="status-card">
            <Descriptions.Item label={t('consult.reference')}>
              <Typography.Text code>{status.data.reference}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('consult.statusLabel')}>
              <Tag
                color={
                  status.data.status === 'new' ? 'blue' : status.data.status === 'called_back' ? 'green' : 'default'
                }
                data-testid="status-value"
              >
                {t(`consult.status.${status.data.status}`)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('consult.mobile')}>{status.data.mobile}</Descriptions.Item>
            <Descriptions.Item label={t('consult.submittedAt')}>{formatDate(status.data.createdAt)}</Descriptions.Item>
            {status.data.hasAssessment && <Descriptions.Item label={t('consult.withAssessment')}>✓</Descriptions.Item>}
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('consult.deleteBy', { date: status.data.deleteAfter })}
          </Typography.Paragraph>
          <Popconfirm
            title={t('consult.withdrawConfirm')}
            okText={t('consult.withdraw')}
            cancelText={t('consult.cancel')}
            okButtonProps={{ danger: true, ...({ 'data-testid': 'withdraw-confirm' } as Record<string, string>) }}
            onConfirm={() => withdraw.mutate(status.data!.reference)}
          >
            <Button danger loading={withdraw.isPending} data-testid="withdraw">
              {t('consult.withdraw')}
            </Button>
          </Popconfirm>
          {withdraw.isError && (
            <Alert type="error" showIcon title={errorText(withdraw.error, t)} style={{ marginTop: 8 }} />
          )}
        </>
      )}
      <div style={{ marginTop: 16 }}>
        <Link to="/assess">{t('consult.backToAssess')}</Link>
      </div>
    </PublicPageFrame>
  );
}
