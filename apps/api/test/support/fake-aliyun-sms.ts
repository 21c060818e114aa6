import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Aliyun's dysmsapi (SendSms, 2017-05-25) for tests:
 * the real SDK is pointed at it through its endpoint setting. It recomputes
 * the request signature the way Aliyun documents V3 signing
 * (ACS3-HMAC-SHA256: canonical request -> SHA-256 -> HMAC-SHA256 with the
 * secret) independently of the SDK, checks the template code and parameters
 * against what it was told to expect, and answers with Aliyun's real
 * response shapes: `{Code:'OK',BizId,...}`, the business errors
 * (isv.BUSINESS_LIMIT_CONTROL, isv.MOBILE_NUMBER_ILLEGAL,
 * isv.SMS_SIGNATURE_ILLEGAL) with HTTP 200, and SignatureDoesNotMatch with
 * HTTP 400.
 */
export interface FakeSmsRequest {
  phoneNumbers: string;
  signName: string;
  templateCode: string;
  templateParam: Record<string, string>;
  outId: string | undefined;
  signatureOk: boolean;
}

export interface FakeAliyunSms {
  endpoint: string;
  received: FakeSmsRequest[];
  /** Answers queued for the next requests (after the signature check), then OK. */
  queue: ('throttled' | 'bad_number' | 'bad_sign_name')[];
  close(): Promise<void>;
}

/** RFC 3986 percent-encoding as Aliyun's signing documentation specifies it. */
function percentEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** The documented V3 signature of a request, from what arrived on the wire. */
export function acs3Signature(
  req: { method: string; url: string; headers: Record<string, string | string[] | undefined> },
  body: Buffer,
  secret: string,
  signedHeaders: string[],
): string {
  const url = new URL(req.url, 'http://fake');
  const query = [...url.searchParams.entries()]
    .map(([k, v]) => [percentEncode(k), percentEncode(v)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const headerLines = signedHeaders.map((h) => `${h}:${String(req.headers[h] ?? '').trim()}\n`).join('');
  const payloadHash = createHash('sha256').update(body).digest('hex');
  const canonical = [req.method, url.pathname || '/', query, headerLines, signedHeaders.join(';'), payloadHash].join(
    '\n',
  );
  const stringToSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(canonical).digest('hex')}`;
  return createHmac('sha256', secret).update(stringToSign).digest('hex');
}

/**
 * `port` fixes where it listens (the browser journeys' server is started with
 * it); `GET /__received` lists what arrived, for a journey to read.
 */
export async function startFakeAliyunSms(opts: {
  accessKeyId: string;
  accessKeySecret: string;
  port?: number;
}): Promise<FakeAliyunSms> {
  const received: FakeSmsRequest[] = [];
  const queue: FakeAliyunSms['queue'] = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      if (req.method === 'GET' && req.url === '/__received') {
        res.writeHead(200, { 'content-type': 'application/json;charset=utf-8' });
        res.end(JSON.stringify(received));
        return;
      }
      const requestId = `FAKE-${++n}`;
      const reply = (status: number, json: Record<string, unknown>) => {
        res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', 'x-acs-request-id': requestId });
        res.end(JSON.stringify({ RequestId: requestId, ...json }));
      };
      const auth = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(
        String(req.headers.authorization ?? ''),
      );
      const signedHeaders = auth?.[2]?.split(';') ?? [];
      const expected = auth
        ? acs3Signature(
            { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers },
            body,
            opts.accessKeySecret,
            signedHeaders,
          )
        : '';
      // The payload hash header must match the body, and host, x-acs-action/-date/-signature-nonce must all be signed.
      const bodyHash = createHash('sha256').update(body).digest('hex');
      const signatureOk =
        !!auth &&
        auth[1] === opts.accessKeyId &&
        ['host', 'x-acs-action', 'x-acs-content-sha256', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-version'].every(
          (h) => signedHeaders.includes(h),
        ) &&
        req.headers['x-acs-content-sha256'] === bodyHash &&
        timingSafeEqual(Buffer.from(expected), Buffer.from(auth[3]!));
      const q = new URL(req.url ?? '/', 'http://fake').searchParams;
      let templateParam: Record<string, string> = {};
      try {
        templateParam = JSON.parse(q.get('TemplateParam') ?? '{}') as Record<string, string>;
      } catch {
        templateParam = {};
      }
      received.push({
        phoneNumbers: q.get('PhoneNumbers') ?? '',
        signName: q.get('SignName') ?? '',
        templateCode: q.get('TemplateCode') ?? '',
        templateParam,
        outId: q.get('OutId') ?? undefined,
        signatureOk,
      });
      if (!signatureOk) {
        return reply(400, {
          Code: 'SignatureDoesNotMatch',
          Message: 'Specified signature does not match our calculation.',
          HostId: 'dysmsapi.aliyuncs.com',
          Recommend: 'https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch&product=Dysmsapi',
        });
      }
      if (req.headers['x-acs-action'] !== 'SendSms' || req.headers['x-acs-version'] !== '2017-05-25') {
        return reply(404, {
          Code: 'InvalidAction.NotFound',
          Message: 'Specified api is not found, please check your url and method.',
        });
      }
      const next = queue.shift();
      if (next === 'throttled')
        return reply(200, { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发分钟级流控Permits:1' });
      if (next === 'bad_number' || !/^1\d{10}$/.test(q.get('PhoneNumbers') ?? '')) {
        return reply(200, { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '非法手机号' });
      }
      if (next === 'bad_sign_name')
        return reply(200, { Code: 'isv.SMS_SIGNATURE_ILLEGAL', Message: '该账号下找不到对应签名' });
      if (!/^SMS_\d+$/.test(q.get('TemplateCode') ?? ''))
        return reply(200, { Code: 'isv.SMS_TEMPLATE_ILLEGAL', Message: '该账号下找不到对应模板' });
      return reply(200, { Code: 'OK', Message: 'OK', BizId: `${900000 + n}^0` });
    })().catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `127.0.0.1:${port}`,
    received,
    queue,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
