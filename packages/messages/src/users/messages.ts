import type { Translation } from '../types.ts';

/** users: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  currentPasswordWrong: '当前密码不正确',
  alreadyDisabled: '该账号已停用',
  notDisabled: '该账号未停用',
  roleFixed: '持证人和单位经办人账号的角色不能变更（其范围是持证人记录或用人单位）',
  usernameTaken: '用户名已被使用',
  self: {
    disable: '不能停用自己的账号',
    password: '请在“修改密码”中修改自己的密码',
    role: '不能变更自己的角色',
  },
  scope: {
    clerkCentre: '请选择经办人所在的社区事务受理服务中心',
    reviewerDistrict: '请选择审核人员所在的区',
    none: '该角色不限定区或中心',
  },
} as const;

const en: Translation<typeof zh> = {
  currentPasswordWrong: 'The current password is wrong',
  alreadyDisabled: 'The account is already disabled',
  notDisabled: 'The account is not disabled',
  roleFixed: "Holder and HR accounts keep their role (their scope is the holder's record or the employer)",
  usernameTaken: 'The username is already taken',
  self: {
    disable: 'You cannot disable your own account',
    password: 'Change your own password with "Change password"',
    role: 'You cannot change your own role',
  },
  scope: {
    clerkCentre: "Choose the clerk's community affairs acceptance centre",
    reviewerDistrict: "Choose the reviewer's district",
    none: 'This role takes no district or centre',
  },
};

export const usersMessages = { zh, en };
