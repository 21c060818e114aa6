import { Card, Col, Descriptions, Row } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-api.ts';
import { LoadFailed } from '../../components/load-failed.tsx';
import { PageLoading } from '../../components/page-loading.tsx';
import { ClaimsCard } from './records/claims-card.tsx';
import { useHolder, useRecords } from './records/holder-data-api.ts';
import { PermitHistory } from '../permits/permit-history.tsx';
import { usePermitHistory } from '../permits/permits-api.ts';
import { RecordsEditor } from './records/records-editor.tsx';
import { RecordsImport } from './records/records-import.tsx';
import './records/messages.ts';
import { PageTitle } from '../../components/page-title.tsx';
import { ButtonLink } from '../../components/button-link.tsx';

/** One holder as HR sees it: the permit with L-7 sync advice, the claims, the SI/tax records with import. */
export default function HolderDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: user } = useSession();
  const holder = useHolder(id);
  const history = usePermitHistory(id);
  const records = useRecords(id);
  const isHr = user?.role === 'hr';
  if (holder.isPending) return <PageLoading />;
  if (holder.isError) return <LoadFailed error={holder.error} onRetry={() => void holder.refetch()} />;
  const h = holder.data;
  return (
    <>
      <PageTitle>{t('holderData.detailTitle', { name: h.name })}</PageTitle>
      <Card style={{ marginBottom: 16 }} data-testid="holder-detail">
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('holder.name')}>{h.name}</Descriptions.Item>
          <Descriptions.Item label={t('holder.idNumber')}>{h.residentId}</Descriptions.Item>
          <Descriptions.Item label={t('holderData.mobile')}>{h.mobile ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('holder.employer')}>{h.employer?.name ?? t('common.none')}</Descriptions.Item>
        </Descriptions>
        {isHr && (
          <ButtonLink
            to={`/applications/new?holderId=${h.id}`}
            type="primary"
            icon={<PlusOutlined />}
            data-testid="holder-new-application"
          >
            {t('holderData.startApplication')}
          </ButtonLink>
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          {history.isError ? (
            <LoadFailed error={history.error} />
          ) : history.data ? (
            <PermitHistory history={history.data} />
          ) : (
            <PageLoading />
          )}
        </Col>
        <Col xs={24} xl={12}>
          <ClaimsCard holderId={h.id} />
        </Col>
        {/* The monthly records have eight columns: they get the full width (in half of it, 计税收入 and 删除 fell out of view). */}
        <Col span={24}>
          <Card title={t('holderData.recordsTitle')} style={{ marginBottom: 16 }} data-testid="records-card">
            {records.isError ? (
              <LoadFailed error={records.error} onRetry={() => void records.refetch()} />
            ) : records.data ? (
              <RecordsEditor holderId={h.id} records={records.data} editable={isHr} />
            ) : (
              <PageLoading />
            )}
          </Card>
          {isHr && (
            <Card title={t('holderData.importTitle')} style={{ marginBottom: 16 }} data-testid="import-card">
              <RecordsImport holderId={h.id} />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
