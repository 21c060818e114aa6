import type { Translation } from '../types.ts';

/** onlineConsult: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  knowledgeAlreadyPublished: '该条目已发布',
  knowledgeAlreadyRetired: '该条目已停用',
  badCursor: '翻页参数无效：请从队列第一页重新开始',
  badCursorShort: '无效的翻页参数',
  claimedByAnother: '该问题已由其他顾问认领：请对方转交后再答复',
  threadClosed: '该咨询已结束：咨询人追问后会重新进入队列',
  handOverToActive: '只能转交给在岗的顾问：请从列表中选择',
  notActiveConsultant: '不是在岗顾问',
  codeSms:
    '您的在线咨询验证码为 {{code}}（查询码 {{reference}}）。在咨询页面输入后，顾问答复时将短信提醒您；如非本人操作请忽略。',
  codeWrong: '验证码不正确，还可以再试 {{left}} 次；请输入短信中的 6 位数字',
  codeWrongShort: '验证码不正确',
  noCodeWaiting: '该咨询没有待验证的手机号码，或验证码已多次输错失效；答复仍可在本页面查看',
  savedReplySlugTaken: '该标识已被另一条常用答复使用：请换一个',
  slugTaken: '标识已被使用',
  knowledgeSlugTaken: '该标识已被其他条目使用：请换一个',
  answered: {
    title: '在线咨询有新答复',
    body: '您的在线咨询（查询码 {{reference}}）已有顾问答复，请凭查询码查看。',
  },
  answerSms: '【积分服务】{{text}}',
} as const;

const en: Translation<typeof zh> = {
  knowledgeAlreadyPublished: 'The entry is already published',
  knowledgeAlreadyRetired: 'The entry is already retired',
  badCursor: 'The page cursor is not valid: start again from the first page of the queue',
  badCursorShort: 'not a cursor this queue gave',
  claimedByAnother: 'Another consultant has claimed this question: ask them to hand it over first',
  threadClosed: 'This thread is closed: it returns to the queue when the person follows up',
  handOverToActive: 'You can hand over only to an active consultant: pick one from the list',
  notActiveConsultant: 'not an active consultant',
  codeSms:
    'Your online consultation code is {{code}} (reference {{reference}}). Enter it on the consultation page to be told of answers by SMS; ignore this if you did not ask.',
  codeWrong: 'The code is not right; {{left}} more tries. Enter the 6 digits from the SMS',
  codeWrongShort: 'not the code sent',
  noCodeWaiting:
    'This thread has no number waiting for its code, or the code was entered wrong too often; answers are still shown on this page',
  savedReplySlugTaken: 'Another saved reply uses this identifier: choose another',
  slugTaken: 'identifier in use',
  knowledgeSlugTaken: 'Another entry uses this identifier: choose another',
  answered: {
    title: 'Your online question was answered',
    body: 'A consultant has answered your online question (reference {{reference}}); open it with your reference code.',
  },
  answerSms: '{{text}}',
};

export const onlineConsultMessages = { zh, en };
