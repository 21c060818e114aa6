import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import './messages.ts';

/** The API's PDF of the points notice (R-1, R-3 step 5). Same origin, so the session cookie goes with it. */
export const noticeUrl = (applicationId: string) =>
  `/api/v1/applications/${encodeURIComponent(applicationId)}/notice.pdf`;

/**
 * Opens the notice in a new tab, where the browser's PDF viewer prints it.
 * A plain link rather than a fetch: the browser shows the PDF itself, and an
 * error (e.g. 409 not approved) still reads as the API's worded JSON.
 */
export function PrintNoticeButton({ applicationId, block = false }: { applicationId: string; block?: boolean }) {
  const { t } = useTranslation();
  return (
    <Button
      type="primary"
      icon={<PrinterOutlined />}
      href={noticeUrl(applicationId)}
      target="_blank"
      rel="noopener"
      block={block}
      data-testid="print-notice"
    >
      {t('application.printNotice')}
    </Button>
  );
}
