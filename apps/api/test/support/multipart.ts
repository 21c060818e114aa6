import type { LightMyRequestResponse } from 'fastify';
import type { Client } from './client.ts';

/** One file as a multipart/form-data body (field `file`). */
export function multipartBody(
  filename: string,
  data: Buffer | string,
  contentType = 'text/csv',
): { payload: Buffer; contentType: string } {
  const boundary = `----jifen${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    typeof data === 'string' ? Buffer.from(data) : data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Uploads one file through the client's cookies and CSRF token. */
export function uploadFile(
  c: Client,
  url: string,
  filename: string,
  data: Buffer | string,
  contentType = 'text/csv',
): Promise<LightMyRequestResponse> {
  const body = multipartBody(filename, data, contentType);
  return c.request('POST', url, { rawBody: body.payload, headers: { 'content-type': body.contentType } });
}
