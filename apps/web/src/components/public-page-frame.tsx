import type { ReactNode } from 'react';
import { Card, Flex, theme } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch.tsx';
import { ElderModeSwitch } from '../app/elder/elder-mode-switch.tsx';
import { MAIN_ID, SkipLink } from './skip-link.tsx';
import { useDocumentTitle } from './document-title.ts';

/**
 * The frame of the pages one sees before signing in (plain elements: public pages stay light):
 * a skip link, a header with the name, 长者模式 and the language, and the page's <main> whose
 * <h1> is the page's title (also the document title).
 */
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
  useDocumentTitle(title);
  // In rem: the frame widens with the type (a larger browser font, 长者模式).
  const maxWidth = `${width / 16}rem`;
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: '24px 12px', boxSizing: 'border-box' }}>
      <SkipLink />
      <Flex
        component="header"
        justify="space-between"
        align="center"
        wrap
        style={{ width: '100%', maxWidth, marginBottom: 16 }}
        gap={8}
      >
        <div>
          {/* The name leads back to the public home, from every public page. */}
          <div style={{ margin: 0, fontSize: '1.5rem', fontWeight: 600 }}>
            <Link to="/" style={{ color: token.colorPrimary }} data-testid="public-home-link">
              积分 jifen
            </Link>
          </div>
          <span className="jf-detail" style={{ color: token.colorTextSecondary }}>
            {t('app.subtitle')}
          </span>
        </div>
        <Flex gap={8} align="center">
          <ElderModeSwitch size="small" />
          <LanguageSwitch size="small" />
        </Flex>
      </Flex>
      <main id={MAIN_ID} tabIndex={-1} style={{ width: '100%', maxWidth, outline: 'none' }}>
        <Card
          title={<h1 style={{ margin: 0, fontSize: token.fontSizeLG, fontWeight: token.fontWeightStrong }}>{title}</h1>}
        >
          {children}
        </Card>
      </main>
    </Flex>
  );
}
