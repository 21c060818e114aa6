import { Alert, Descriptions, Result, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { NoticeVerification } from '@jifen/contracts';
import { api } from '../../api/client.ts';
import { errorText } from '../../api/error-text.ts';
import { PublicPageFrame } from '../../components/public-page-frame.tsx';
import './messages.ts';

const CODE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const RESULT_STATUS = {
  valid: 'success',
  expired: 'warning',
  superseded: 'warning',
  revoked: 'error',
  forged: 'error',
} as const;

/**
 * The page the points notice's QR code opens (issue #12): no login. The API
 * checks the Ed25519 signature of the code first; the page shows valid,
 * expired, revoked or forged, and only masked details (PI-1).
 */
export default function NoticeVerifyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const wellFormed = CODE.test(code) && code.length <= 800;
  const q = useQuery({
    queryKey: ['public', 'notice', code],
    queryFn: () => api.get<NoticeVerification>(`/api/v1/public/notices/${encodeURIComponent(code)}`),
    enabled: wellFormed,
    retry: false,
  });
  const v: NoticeVerification | undefined = wellFormed ? q.data : { status: 'forged' };

  let body;
  if (wellFormed && q.isError)
    body = (
      <Alert
        type="error"
        showIcon
        title={t('noticeVerify.loadFailed', { error: errorText(q.error, t) })}
        data-testid="verify-error"
      />
    );
  else if (!v) body = <Spin description={t('noticeVerify.checking')} data-testid="verify-loading" />;
  else {
    body = (
      <>
        <Result
          status={RESULT_STATUS[v.status]}
          title={
            <span data-testid="verify-status" data-status={v.status}>
              {t(`noticeVerify.status.${v.status}`)}
            </span>
          }
          subTitle={t(`noticeVerify.explain.${v.status}`)}
          style={{ padding: '8px 0 16px' }}
        />
        {v.status !== 'forged' && (
          <>
            <Descriptions column={1} size="small" bordered data-testid="verify-details">
              <Descriptions.Item label={t('noticeVerify.field.noticeNo')}>{v.notice.noticeNo}</Descriptions.Item>
              <Descriptions.Item label={t('noticeVerify.field.holder')}>{`${v.notice.surname}**`}</Descriptions.Item>
              <Descriptions.Item label={t('noticeVerify.field.residentId')}>
                {v.notice.residentIdMasked}
              </Descriptions.Item>
              <Descriptions.Item label={t('noticeVerify.field.total')}>
                <strong data-testid="verify-total">{t('noticeVerify.points', { total: v.notice.total })}</strong>
              </Descriptions.Item>
              <Descriptions.Item label={t('noticeVerify.field.validUntil')}>
                {v.notice.validUntil ?? t('noticeVerify.noPermit')}
              </Descriptions.Item>
              <Descriptions.Item label={t('noticeVerify.field.issuedOn')}>{v.notice.issuedOn}</Descriptions.Item>
              <Descriptions.Item label={t('noticeVerify.field.centre')}>{v.notice.centreName}</Descriptions.Item>
              {v.status === 'superseded' && (
                <Descriptions.Item label={t('noticeVerify.field.supersededOn')}>{v.supersededOn}</Descriptions.Item>
              )}
              {v.status === 'revoked' && (
                <>
                  <Descriptions.Item label={t('noticeVerify.field.revokedOn')}>{v.revokedOn}</Descriptions.Item>
                  <Descriptions.Item label={t('noticeVerify.field.revokedReason')}>
                    {t(`noticeVerify.reason.${v.revokedReason}`)}
                  </Descriptions.Item>
                </>
              )}
            </Descriptions>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('noticeVerify.masked')}
            </Typography.Paragraph>
          </>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          <a href="/.well-known/jifen-notice-key" target="_blank" rel="noreferrer">
            {t('noticeVerify.key')}
          </a>
        </Typography.Paragraph>
      </>
    );
  }
  return (
    <PublicPageFrame title={t('noticeVerify.title')} width={560}>
      {body}
    </PublicPageFrame>
  );
}
