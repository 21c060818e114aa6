import { i18n } from '../../i18n/i18n.ts';

/** Only the consultant's menu label: the layout shows it before the queue's chunk (and its texts) loads. */
i18n.addResourceBundle('zh-CN', 'translation', { nav: { consultationQueue: '咨询回访队列' } }, true, true);
i18n.addResourceBundle('en', 'translation', { nav: { consultationQueue: 'Call-back queue' } }, true, true);
