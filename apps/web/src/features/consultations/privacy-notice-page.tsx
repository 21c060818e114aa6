import { Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PRIVACY_NOTICE_VERSION } from '@jifen/contracts';
import { PublicPageFrame } from '../../components/public-page-frame.tsx';
import './messages.ts';

/** PI-3: what is collected, why, how it is protected, retention, withdrawal. */
export default function PrivacyNoticePage() {
  const { t } = useTranslation();
  const sections = t('privacy.sections', { returnObjects: true }) as unknown as [string, string][];
  return (
    <PublicPageFrame title={t('privacy.title')} width={720}>
      <div data-testid="privacy-notice">
        <Typography.Paragraph type="secondary">
          {t('privacy.version', { version: PRIVACY_NOTICE_VERSION })} · PI-3 · PI-1
        </Typography.Paragraph>
        {sections.map(([heading, body]) => (
          <section key={heading}>
            <Typography.Title level={5}>{heading}</Typography.Title>
            <Typography.Paragraph>{body}</Typography.Paragraph>
          </section>
        ))}
        <Link to="/consult/status">{t('consult.viewStatus')}</Link>
      </div>
    </PublicPageFrame>
  );
}
