import { createRequire } from 'node:module';
import { SmsSendError, type OutgoingSms, type SmsSender } from './sms-sender.ts';

/**
 * Aliyun SMS (dysmsapi 2017-05-25, `SendSms`) through Aliyun's own Node SDK:
 * the SDK signs each request (ACS3-HMAC-SHA256); nothing here signs by hand.
 * Each message kind (the domain's SMS template id) maps to a template code
 * registered with Aliyun, which gets the template's parameters as JSON.
 */
export interface AliyunSmsConfig {
  accessKeyId: string;
  accessKeySecret: string;
  /** The registered SMS signature (签名), e.g. 上海积分. */
  signName: string;
  /** Host[:port] of the API; dysmsapi.aliyuncs.com unless a test points it at a fake. */
  endpoint: string;
  protocol: 'https' | 'http';
  /** Message kind -> Aliyun template code (SMS_123456789). */
  templates: Readonly<Record<string, string>>;
  /** Per-request timeout (ms). */
  timeoutMs: number;
}

// The SDK is CommonJS with its client as `default`; require keeps that shape under ESM, tsx and vitest alike.
const require = createRequire(import.meta.url);
type SdkModule = typeof import('@alicloud/dysmsapi20170525');
type CoreModule = typeof import('@alicloud/openapi-core');
type TeaModule = typeof import('@darabonba/typescript');

/**
 * Codes worth another try later: throttling (Aliyun's flow control) and the
 * provider's own faults. Everything else is permanent: a bad number, a
 * rejected signature or template, a request signature that does not match.
 */
const TRANSIENT =
  /^(isv\.BUSINESS_LIMIT_CONTROL|isv\.DAY_LIMIT_CONTROL|Throttling.*|isp\..*|ServiceUnavailable|InternalError|SDK\.NETWORK)$/;

export function isTransientAliyunCode(code: string): boolean {
  return TRANSIENT.test(code);
}

export function createAliyunSmsSender(c: AliyunSmsConfig): SmsSender {
  const sdk = require('@alicloud/dysmsapi20170525') as SdkModule;
  const core = require('@alicloud/openapi-core') as CoreModule;
  const tea = require('@darabonba/typescript') as TeaModule;
  const Client = (
    sdk as unknown as {
      default: new (config: InstanceType<CoreModule['$OpenApiUtil']['Config']>) => InstanceType<SdkModule['default']>;
    }
  ).default;
  const client = new Client(
    new core.$OpenApiUtil.Config({
      accessKeyId: c.accessKeyId,
      accessKeySecret: c.accessKeySecret,
      endpoint: c.endpoint,
      protocol: c.protocol,
      regionId: 'cn-hangzhou',
    }),
  );
  return {
    name: 'aliyun',
    async send(m: OutgoingSms) {
      const templateCode = c.templates[m.template];
      if (!templateCode)
        throw new SmsSendError(
          'JIFEN.NO_TEMPLATE',
          `no Aliyun template code configured for ${m.template} (ALIYUN_SMS_TEMPLATES)`,
          false,
        );
      const request = new sdk.SendSmsRequest({
        phoneNumbers: m.mobile,
        signName: c.signName,
        templateCode,
        templateParam: JSON.stringify(m.params),
        // Our idempotency key travels as OutId, so a delivery receipt can be matched to the outbox row.
        outId: m.id,
      });
      // No retries inside the SDK: the outbox retries with backoff and records every attempt.
      const runtime = new tea.RuntimeOptions({
        readTimeout: c.timeoutMs,
        connectTimeout: c.timeoutMs,
        autoretry: false,
      });
      let body: { code?: string; message?: string } | undefined;
      try {
        body = (await client.sendSmsWithOptions(request, runtime)).body;
      } catch (error) {
        const e = error as { code?: unknown; message?: unknown; data?: { Code?: unknown; Message?: unknown } };
        const code =
          typeof e.data?.Code === 'string'
            ? e.data.Code
            : typeof e.code === 'string' && /^[A-Za-z.]+$/.test(e.code) && !/^E[A-Z]+$/.test(e.code)
              ? e.code
              : 'SDK.NETWORK';
        const message = typeof e.data?.Message === 'string' ? e.data.Message : String(e.message ?? error);
        throw new SmsSendError(code, message, isTransientAliyunCode(code));
      }
      const code = body?.code ?? 'SDK.EMPTY_RESPONSE';
      if (code !== 'OK') throw new SmsSendError(code, body?.message ?? '', isTransientAliyunCode(code));
    },
  };
}
