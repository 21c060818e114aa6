import { addCatalog, type Texts } from '../../i18n/i18n.ts';

/** Texts of the staff accounts page (the administrator's), merged in under `admin.*` and `accounts.*`. */
const zh = {
  admin: {
    usersTitle: '用户管理',
    displayName: '显示名称',
    status: '状态',
    active: '正常',
    lockedUntil: '已锁定至 {{until}}',
    activeSessions: '在线会话',
    createStaff: '新建工作人员账号',
    centre: '社区事务受理服务中心',
    initialPassword: '初始密码',
    create: '创建',
    staffCreated: '已创建账号 {{username}}',
  },
  accounts: {
    actions: '操作',
    disable: '停用',
    disableTitle: '停用账号 {{username}}',
    disableReason: '停用原因（记入审计日志）',
    reasonRequired: '请填写原因',
    enable: '启用',
    unlock: '解除锁定',
    resetPassword: '重置密码',
    resetTitle: '重置 {{username}} 的密码',
    resetHelp: '请将新密码当面或通过可靠渠道告知本人；其下次登录时必须修改。该账号的所有会话将被注销。',
    newPassword: '新密码',
    disabled: '已停用',
    changeRole: '变更角色',
    roleTitle: '变更 {{username}} 的角色或范围',
    roleHelp: '变更后该账号的所有会话将被注销，下次登录时按新的角色和范围生效；记入审计日志。',
    mustChange: '待修改密码',
    done: '已完成：{{username}}',
    confirm: '确定',
    cancel: '取消',
  },
};

const en: Texts<typeof zh> = {
  admin: {
    usersTitle: 'Users',
    displayName: 'Display name',
    status: 'Status',
    active: 'Active',
    lockedUntil: 'Locked until {{until}}',
    activeSessions: 'Active sessions',
    createStaff: 'New staff account',
    centre: 'Community affairs centre',
    initialPassword: 'Initial password',
    create: 'Create',
    staffCreated: 'Account {{username}} created',
  },
  accounts: {
    actions: 'Actions',
    disable: 'Disable',
    disableTitle: 'Disable account {{username}}',
    disableReason: 'Reason (recorded in the audit log)',
    reasonRequired: 'Give a reason',
    enable: 'Enable',
    unlock: 'Unlock',
    resetPassword: 'Reset password',
    resetTitle: 'Reset the password of {{username}}',
    resetHelp:
      'Hand the new password over in person or by a trusted channel; it must be changed at the next sign-in. Every session of the account ends.',
    newPassword: 'New password',
    disabled: 'Disabled',
    changeRole: 'Change role',
    roleTitle: 'Change the role or scope of {{username}}',
    roleHelp:
      "The account's sessions are signed out; the new role and scope apply from its next sign-in. Recorded in the audit log.",
    mustChange: 'Must change password',
    done: 'Done: {{username}}',
    confirm: 'OK',
    cancel: 'Cancel',
  },
};

export const messages = addCatalog({ 'zh-CN': zh, en });
