import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Result } from 'antd';
import { i18n } from '../i18n/i18n.ts';
import { isChunkLoadFailure } from './recovery/lazy-with-retry.ts';
import './recovery/messages.ts';

interface State {
  error: Error | null;
}

/**
 * A rendering bug shows a way out instead of a blank page. A chunk that
 * could not be loaded (network, 429) is not a bug: it says so and offers a
 * reload, which is what heals it.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Unhandled error in the UI', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const t = i18n.t.bind(i18n);
    if (isChunkLoadFailure(this.state.error)) {
      return (
        <Result
          status="warning"
          title={t('recovery.chunkTitle')}
          subTitle={t('recovery.chunkHint')}
          extra={
            <Button type="primary" onClick={() => window.location.reload()} data-testid="chunk-reload">
              {t('recovery.reload')}
            </Button>
          }
        />
      );
    }
    return (
      <Result
        status="error"
        title={t('errors.boundaryTitle')}
        subTitle={t('errors.boundaryHint')}
        extra={
          <Button type="primary" onClick={() => window.location.assign('/')}>
            {t('common.backHome')}
          </Button>
        }
      />
    );
  }
}
