import { useState } from 'react';
import { Alert, Button, Input, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicThread } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { useVerifyMobile } from './online-consult-api.ts';
import './messages.ts';

/** Issue 18: the SMS state of a thread, and the box for the code texted to the number (no answer SMS before it is entered). */
export function MobileCode({ thread }: { thread: PublicThread }) {
  const { t } = useTranslation();
  const verify = useVerifyMobile(thread.reference);
  const [code, setCode] = useState('');
  if (!thread.notifySms) return null;
  if (thread.mobileVerified)
    return (
      <Tag color="green" data-testid="mobile-verified">
        {t('onlineConsult.codeVerified')}
      </Tag>
    );
  const digits = code.trim();
  return (
    <div data-testid="mobile-code-box" style={{ margin: '8px 0' }}>
      <Alert
        type="info"
        showIcon
        title={t('onlineConsult.codePrompt', { mobile: thread.mobile ?? '' })}
        style={{ marginBottom: 8 }}
      />
      <Space.Compact>
        <Input
          value={code}
          onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
          maxLength={6}
          inputMode="numeric"
          autoComplete="one-time-code"
          placeholder="123456"
          aria-label={t('onlineConsult.codeInput')}
          data-testid="mobile-code"
          style={{ width: 140, fontFamily: 'monospace' }}
        />
        <Button
          type="primary"
          disabled={!/^\d{6}$/.test(digits)}
          loading={verify.isPending}
          onClick={() => verify.mutate(digits, { onSuccess: () => setCode('') })}
          data-testid="mobile-code-send"
        >
          {t('onlineConsult.codeSend')}
        </Button>
      </Space.Compact>
      {verify.isError && (
        <Alert
          type="error"
          showIcon
          title={errorText(verify.error, t)}
          style={{ marginTop: 8 }}
          data-testid="mobile-code-error"
        />
      )}
    </div>
  );
}
