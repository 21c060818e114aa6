import type { ReactNode } from 'react';
import { Card, Col, Row, Typography } from 'antd';
import { CalculatorOutlined, CommentOutlined, LoginOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PublicPageFrame } from '../../components/public-page-frame.tsx';
import './messages.ts';
import { ButtonLink } from '../../components/button-link.tsx';

function Entry({
  icon,
  title,
  text,
  children,
  testId,
}: {
  icon: ReactNode;
  title: string;
  text: string;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Col xs={24} md={8}>
      <Card size="small" style={{ height: '100%' }} data-testid={testId}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {icon} {title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{text}</Typography.Paragraph>
        {children}
      </Card>
    </Col>
  );
}

/**
 * `/` for a visitor without a session: the public services (self-assessment,
 * consultation request) and sign-in, instead of a bare login form.
 */
export default function PublicHomePage() {
  const { t } = useTranslation();
  return (
    <PublicPageFrame title={t('publicHome.title')} width={960}>
      <Typography.Paragraph>{t('publicHome.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]} data-testid="public-home">
        <Entry
          icon={<CalculatorOutlined />}
          title={t('publicHome.assessTitle')}
          text={t('publicHome.assessText')}
          testId="home-assess"
        >
          <ButtonLink to="/assess" type="primary">
            {t('publicHome.assessAction')}
          </ButtonLink>
        </Entry>
        <Entry
          icon={<CommentOutlined />}
          title={t('publicHome.consultTitle')}
          text={t('publicHome.consultText')}
          testId="home-consult"
        >
          <ButtonLink to="/consult">{t('publicHome.consultAction')}</ButtonLink>{' '}
          <ButtonLink to="/consult/ask" data-testid="home-online-consult">
            {t('publicHome.onlineAction')}
          </ButtonLink>{' '}
          <ButtonLink to="/consult/status" type="link">
            {t('publicHome.statusAction')}
          </ButtonLink>
        </Entry>
        <Entry
          icon={<LoginOutlined />}
          title={t('publicHome.signInTitle')}
          text={t('publicHome.signInText')}
          testId="home-sign-in"
        >
          <ButtonLink to="/login">{t('publicHome.signInAction')}</ButtonLink>
        </Entry>
      </Row>
      <p style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {t('publicHome.employerQuestion')} <Link to="/register-employer">{t('publicHome.registerEmployer')}</Link>
      </p>
    </PublicPageFrame>
  );
}
