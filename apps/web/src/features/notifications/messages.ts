import { addCatalog, type Texts } from '../../i18n/i18n.ts';

/** Texts of the notifications and SMS pages, merged in under `notice.*`. */
const zh = {
  notice: {
    none: '暂无通知',
    open: '查看申请',
    openHolder: '查看持证人',
    openPointsRecord: '查看积分有效期',
    markRead: '标为已读',
    unread: '未读',
    noSms: '暂无短信',
    sentAt: '发送时间',
    to: '手机号码',
    text: '内容',
    status: '状态',
    smsStatus: { pending: '待发送', delivering: '发送中', delivered: '已送达', failed: '发送失败' },
  },
};

const en: Texts<typeof zh> = {
  notice: {
    none: 'No notifications',
    open: 'Open the application',
    openHolder: 'Open the holder',
    openPointsRecord: 'Open the points record',
    markRead: 'Mark as read',
    unread: 'Unread',
    noSms: 'No SMS yet',
    sentAt: 'Sent',
    to: 'Mobile',
    text: 'Text',
    status: 'Status',
    smsStatus: { pending: 'Pending', delivering: 'Sending', delivered: 'Delivered', failed: 'Failed' },
  },
};

export const messages = addCatalog({ 'zh-CN': zh, en });
