import { addCatalog, type Texts } from '../../i18n/i18n.ts';

/** Texts for what the app does when the network or the rate limit gets in the way, merged in under `recovery.*`. */
const zh = {
  recovery: {
    chunkTitle: '页面的一部分未能加载',
    chunkHint: '网络中断或请求过于频繁时会出现这种情况。您的数据没有丢失，请稍候重新加载页面。',
    reload: '重新加载',
    rateLimited: '请求过于频繁，请在 {{seconds}} 秒后重试。',
    rateLimitedNoWait: '请求过于频繁，请稍候一分钟后重试。',
  },
};

const en: Texts<typeof zh> = {
  recovery: {
    chunkTitle: 'Part of this page could not be loaded',
    chunkHint:
      'This happens when the network drops or after too many requests. Nothing you saved was lost; wait a moment and reload the page.',
    reload: 'Reload',
    rateLimited: 'Too many requests. Please try again in {{seconds}} seconds.',
    rateLimitedNoWait: 'Too many requests. Please wait a minute and try again.',
  },
};

export const messages = addCatalog({ 'zh-CN': zh, en });
