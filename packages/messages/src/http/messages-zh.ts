/** http: the Chinese texts (the source; messages-en.ts has the same keys). */
export const httpZh = {
  malformed: '请求体格式错误（无法解析的 JSON）',
  tooLarge: '请求体过大',
  mediaType: '不支持的内容类型，请使用 application/json',
  invalid: '请求参数有误',
  csrf: '缺少或无效的 CSRF 令牌，请刷新页面后重试',
  rate: '请求过于频繁，请稍后再试',
  internal: '服务器内部错误，请稍后再试',
  badRequest: '无法处理该请求',
  databaseDown: '数据库暂时不可用（正在重启或切换），本次操作未保存；请几秒后重试',
  storageFull: '数据存储空间已满，本次操作未保存；已有数据完好。请稍后再试，并请管理员扩充存储',
  noSuchEndpoint: '接口不存在',
  metricsOff: '指标接口未开启：请在配置中设置 METRICS_TOKEN，并让 Prometheus 以 Bearer 令牌访问',
  metricsToken: '访问指标需要正确的 Bearer 令牌（METRICS_TOKEN）',
  tooDeep: '请求体嵌套层级过深（最多 {{maxJsonDepth}} 层），请检查发送的数据',
} as const;
