import { describe, expect, it } from 'vitest';
import { createHttpClient } from '../../api/http-client.ts';
import { ApiError, parseRetryAfter } from '../../api/api-error.ts';
import { errorText } from '../../api/error-text.ts';
import { i18n } from '../../i18n/i18n.ts';

// Issue 10, item 12: a 429 reads as a wait, in both languages, JSON body or not.
const tooMany = (body: string, retryAfter?: string) =>
  new Response(body, { status: 429, headers: retryAfter ? { 'retry-after': retryAfter } : {} });

async function failureOf(response: Response): Promise<ApiError> {
  const client = createHttpClient({ fetch: async () => response, getLanguage: () => 'zh-CN' });
  return client.get('/api/v1/consultations').then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as ApiError,
  );
}

describe('429 as a friendly message with the wait time', () => {
  it('reads Retry-After in seconds or as an HTTP date', () => {
    expect(parseRetryAfter('42')).toBe(42);
    expect(parseRetryAfter(new Date(10_000 + 30_000).toUTCString(), 10_000)).toBe(30);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it("names the seconds to wait in Chinese and English for the API's JSON 429", async () => {
    const error = await failureOf(
      tooMany(JSON.stringify({ error: { code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' } }), '37'),
    );
    expect(error.retryAfterSeconds).toBe(37);
    expect(errorText(error, i18n.getFixedT('zh-CN'))).toBe('请求过于频繁，请在 37 秒后重试。');
    expect(errorText(error, i18n.getFixedT('en'))).toBe('Too many requests. Please try again in 37 seconds.');
  });

  it("is still friendly for a proxy's non-JSON 429 without Retry-After", async () => {
    const error = await failureOf(tooMany('<html>429 Too Many Requests</html>'));
    expect(errorText(error, i18n.getFixedT('zh-CN'))).toBe('请求过于频繁，请稍候一分钟后重试。');
    expect(errorText(error, i18n.getFixedT('en'))).not.toMatch(/HTTP 429|[\u4e00-\u9fff]/);
  });
});
