import type { Translation } from '../types.ts';

/** http: the Chinese texts (the source) and the English, key for key (typed by the Chinese). */
const zh = {
  malformed: '请求体格式错误（无法解析的 JSON）',
  tooLarge: '请求体过大',
  mediaType: '不支持的内容类型，请使用 application/json',
  invalid: '请求参数有误',
  csrf: '缺少或无效的 CSRF 令牌，请刷新页面后重试',
  rate: '请求过于频繁，请稍后再试',
  internal: '服务器内部错误，请稍后再试',
  badRequest: '无法处理该请求',
  malformedRequest: 'HTTP 请求无法解析（请求行或请求头格式错误），请检查发送请求的程序',
  headersTooLarge: '请求头过大，通常是本站的 Cookie 过多或过大：请清除本站的 Cookie 后重新登录',
  clientTimeout: '请求发送超时，请检查网络后重试',
  badUrl: '网址无效：其中的 % 编码无法解码。请检查链接是否完整复制，或从页面菜单重新进入',
  databaseDown: '数据库暂时不可用（正在重启或切换），本次操作未保存；请几秒后重试',
  storageFull: '数据存储空间已满，本次操作未保存；已有数据完好。请稍后再试，并请管理员扩充存储',
  noSuchEndpoint: '接口不存在',
  metricsOff: '指标接口未开启：请在配置中设置 METRICS_TOKEN，并让 Prometheus 以 Bearer 令牌访问',
  metricsToken: '访问指标需要正确的 Bearer 令牌（METRICS_TOKEN）',
  tooDeep: '请求体嵌套层级过深（最多 {{maxJsonDepth}} 层），请检查发送的数据',
} as const;

const en: Translation<typeof zh> = {
  malformed: 'The request body is malformed (unparsable JSON)',
  tooLarge: 'The request body is too large',
  mediaType: 'Unsupported content type; send application/json',
  invalid: 'The request is invalid',
  csrf: 'Missing or invalid CSRF token; reload the page and try again',
  rate: 'Too many requests; try again later',
  internal: 'Internal server error; try again later',
  badRequest: 'The request cannot be processed',
  malformedRequest:
    'The HTTP request cannot be parsed (a malformed request line or header); check the program sending it',
  headersTooLarge:
    "The request headers are too large, usually too many or too large cookies for this site: clear this site's cookies and sign in again",
  clientTimeout: 'The request took too long to arrive; check the network and try again',
  badUrl:
    'The address is invalid: a % escape in it cannot be decoded. Check that the link was copied whole, or go back through the menu',
  databaseDown:
    'The database is briefly unavailable (restarting or failing over); nothing was saved; try again in a few seconds',
  storageFull:
    'The data storage is full; nothing was saved and existing data is intact. Try again later; an administrator must add storage',
  noSuchEndpoint: 'No such endpoint',
  metricsOff: '/metrics is off: set METRICS_TOKEN and have Prometheus send it as a Bearer token',
  metricsToken: '/metrics needs the right Bearer token (METRICS_TOKEN) in the Authorization header',
  tooDeep: 'The request body is nested too deeply (at most {{maxJsonDepth}} levels); check the data sent',
};

export const httpMessages = { zh, en };
