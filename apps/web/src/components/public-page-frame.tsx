import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch.tsx';

/** The frame of the pages one sees before signing in. */
export function PublicPageFrame({ title, width = 420, children }: { title: string; width?: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: '24px 12px', boxSizing: 'border-box' }}>
      <Flex justify="space-between" align="center" style={{ width: '100%', maxWidth: width, marginBottom: 16 }} gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0, color: '#1f5fbf' }}>
            积分 jifen
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
        </div>
        <LanguageSwitch size="small" />
      </Flex>
      <Card title={title} style={{ width: '100%', maxWidth: width }}>
        {children}
      </Card>
    </Flex>
  );
}
