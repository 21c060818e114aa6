import type { Translation } from '../types.ts';

/** timeline: why a holder's application cannot go ahead on a date (L-4, L-5, L-7), the Chinese (the source) and the English. */
const zh = {
  permitLapsed:
    '居住证已于 {{expiresOn}} 到期，逾期 {{days}} 天（超过 {{limit}} 天，L-5），不能续办积分：请持证人到社区事务受理服务中心重新办理居住证（新办），之后以首次申请重新申请积分，居住证持有年限重新计算',
  notEndorsed:
    '续办积分须先完成居住证签注（L-7）：当前积分有效期至 {{pointsExpireOn}}，居住证{{permit}}，尚未签注下一期。请持证人持身份证和居住证到社区事务受理服务中心办理签注，签注信息约 {{workingDays}} 个工作日同步到积分系统后，再提交续办',
  permitValidUntil: '有效期至 {{expiresOn}}',
  permitNotOnFile: '无记录',
  pointsCleared:
    '积分有效期至 {{pointsExpireOn}}，逾期超过 {{limit}} 天，积分已于 {{clearedOn}} 清零（L-4），不能续办：请先签注居住证，再以“清零后重新申请”提交新的积分申请（持有年限重新计算）',
  stillRenewable:
    '积分有效期至 {{pointsExpireOn}}，尚未清零（逾期超过 {{limit}} 天才清零，清零日为 {{clearedOn}}，L-4）：在此之前请办理积分续办（L-2/L-3），不能以首次申请或清零后重新申请提交',
  permitExpired:
    '居住证已于 {{expiresOn}} 到期，只有居住证在有效期内才能申请积分（L-7）：请持证人先到社区事务受理服务中心办理签注，再提交申请',
  permitEndorsable: '居住证有效期至 {{expiresOn}}，逾期未超过 {{limit}} 天：应办理签注（L-7），不能新办',
} as const;

const en: Translation<typeof zh> = {
  permitLapsed:
    'The residence permit expired on {{expiresOn}}, {{days}} days ago (more than {{limit}}, L-5): the points cannot be renewed. The holder must apply for a new residence permit at a community affairs centre, then make a first points application; the holding years restart',
  notEndorsed:
    'A points renewal needs the residence permit endorsed first (L-7): the points are valid until {{pointsExpireOn}} and the permit {{permit}}, not yet endorsed for the next period. The holder takes their ID card and permit to a community affairs centre to have it endorsed; the endorsement reaches the points system in about {{workingDays}} working days, then submit the renewal',
  permitValidUntil: 'until {{expiresOn}}',
  permitNotOnFile: 'is not on file',
  pointsCleared:
    'The points were valid until {{pointsExpireOn}}; more than {{limit}} days overdue they were cleared on {{clearedOn}} (L-4) and cannot be renewed: have the permit endorsed, then make a new application after clearing (holding years restart)',
  stillRenewable:
    'The points are valid until {{pointsExpireOn}} and not cleared (they are cleared only more than {{limit}} days after that, on {{clearedOn}}, L-4): until then renew them (L-2/L-3); a first application or an application after clearing cannot be submitted',
  permitExpired:
    'The residence permit expired on {{expiresOn}}; points can be applied for only while the permit is valid (L-7): have it endorsed at a community affairs centre first, then submit',
  permitEndorsable:
    'The residence permit is valid until {{expiresOn}} and not more than {{limit}} days overdue: endorse it (L-7) instead of issuing a new one',
};

export const timelineMessages = { zh, en };
