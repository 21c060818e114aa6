import type { ReactNode } from 'react';
import { Card, Flex, theme } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch.tsx';

/** The frame of the pages one sees before signing in (plain elements: public pages stay light). */
export function PublicPageFrame({
  title,
  width = 420,
  children,
}: {
  title: string;
  width?: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: '24px 12px', boxSizing: 'border-box' }}>
      <Flex justify="space-between" align="center" style={{ width: '100%', maxWidth: width, marginBottom: 16 }} gap={8}>
        <div>
          {/* The name leads back to the public home, from every public page. */}
          <h1 style={{ margin: 0, fontSize: 24, fontWeight: 600 }}>
            <Link to="/" style={{ color: token.colorPrimary }} data-testid="public-home-link">
              积分 jifen
            </Link>
          </h1>
          <span style={{ color: token.colorTextSecondary }}>{t('app.subtitle')}</span>
        </div>
        <LanguageSwitch size="small" />
      </Flex>
      <Card title={title} style={{ width: '100%', maxWidth: width }}>
        {children}
      </Card>
    </Flex>
  );
}
