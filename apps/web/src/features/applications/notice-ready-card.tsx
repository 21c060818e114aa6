import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format-date.ts';
import { useApplications } from './applications-api.ts';
import { PrintNoticeButton } from './print-notice-button.tsx';
import './messages.ts';

/**
 * On the holder's home: the newest approved application's notice, one click
 * away (R-1: "if it passes, the points notice can be printed online").
 * Renders nothing while loading, on error or without an approved application:
 * the home page's own content must not wait for or fail with this list.
 */
export function NoticeReadyCard() {
  const { t } = useTranslation();
  const applications = useApplications();
  // The API lists newest first.
  const approved = applications.data?.find((a) => a.state === 'approved');
  if (!approved) return null;
  return (
    <Alert
      type="success"
      showIcon
      style={{ maxWidth: 760, marginBottom: 16 }}
      title={t('application.noticeReady', { date: formatDate(approved.noticeIssuedOn ?? approved.updatedAt) })}
      action={<PrintNoticeButton applicationId={approved.id} />}
      data-testid="notice-ready"
    />
  );
}
