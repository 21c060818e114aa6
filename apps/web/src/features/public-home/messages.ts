import { addCatalog, type Texts } from '../../i18n/i18n.ts';

/** Texts of the public home an anonymous visitor lands on, merged in under `publicHome.*`. */
const zh = {
  publicHome: {
    title: '欢迎使用上海市居住证积分服务',
    intro: '无需登录即可自测积分、申请顾问回访；持证人、用人单位经办人和受理机构工作人员请登录办理业务。',
    assessTitle: '积分自测',
    assessText:
      '填写学历、社保、职称等情况，按现行政策估算积分，并查看居住证续办的关键日期。数据只保存在您的浏览器中。',
    assessAction: '开始自测',
    consultTitle: '预约咨询',
    consultText:
      '留下联系方式，由积分咨询顾问回电解答您的问题；也可以在线咨询，提问时即可看到相关解答。提交前会请您阅读隐私保护声明。',
    consultAction: '申请咨询',
    onlineAction: '在线咨询',
    statusAction: '查询咨询进度',
    signInTitle: '登录办理',
    signInText: '持证人查看积分与申请进度；用人单位经办人申报积分指标；受理中心与人才服务中心办理业务。',
    signInAction: '登录',
    employerQuestion: '用人单位尚未注册？',
    registerEmployer: '单位自助注册',
  },
};

const en: Texts<typeof zh> = {
  publicHome: {
    title: 'Welcome to the Shanghai residence-permit points service',
    intro:
      "Estimate your points or ask a consultant to call you back without signing in; holders, employers' HR specialists and centre staff sign in to do their business.",
    assessTitle: 'Self-assessment',
    assessText:
      'Enter your education, social insurance, titles and more to estimate your points under the policy in force, and see the key dates of your permit renewal. Your data stays in your browser.',
    assessAction: 'Start the self-assessment',
    consultTitle: 'Ask for a consultation',
    consultText:
      'Leave your contact details and a points consultant will call you back, or ask online and see related answers as you type. You read the privacy notice before sending.',
    consultAction: 'Request a consultation',
    onlineAction: 'Ask online',
    statusAction: 'Check a request',
    signInTitle: 'Sign in',
    signInText:
      "Holders see their points and applications; employers' HR specialists declare points claims; centre staff handle applications and endorsements.",
    signInAction: 'Sign in',
    employerQuestion: 'Employer not registered yet?',
    registerEmployer: 'Register your employer',
  },
};

export const messages = addCatalog({ 'zh-CN': zh, en });
