import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';

/** Issue 21: the settings of /metrics, traces and restored databases, read by config.ts like every other. */
describe('observability and restore settings', () => {
  it('are off by default', () => {
    const r = loadConfig({});
    expect(r.ok && { token: r.config.metricsToken, tracing: r.config.tracing }).toEqual({
      token: undefined,
      tracing: undefined,
    });
    expect(r.ok && r.config.auditCheckpoint.databaseId).toBeUndefined();
  });

  it('take a metrics token, an OTLP endpoint (trailing slash dropped) and a service name', () => {
    const r = loadConfig({
      METRICS_TOKEN: 'a'.repeat(24),
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/',
      OTEL_SERVICE_NAME: 'jifen-api-pudong',
      AUDIT_CHECKPOINT_DATABASE_ID: 'postgres://db:5432/jifen',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.metricsToken).toBe('a'.repeat(24));
    expect(r.config.tracing).toEqual({ endpoint: 'http://collector:4318', serviceName: 'jifen-api-pudong' });
    expect(r.config.auditCheckpoint.databaseId).toBe('postgres://db:5432/jifen');
  });

  it('refuse a guessable token, an endpoint that is not a URL and a made-up database name, saying how to fix them', () => {
    const r = loadConfig({
      METRICS_TOKEN: 'secret',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
      AUDIT_CHECKPOINT_DATABASE_ID: 'my database',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const errors = r.errors.join('\n');
    expect(errors).toMatch(/METRICS_TOKEN: must be at least 16 characters/);
    expect(errors).toMatch(/OTEL_EXPORTER_OTLP_ENDPOINT: must be an http\(s\):\/\/ URL/);
    expect(errors).toMatch(/AUDIT_CHECKPOINT_DATABASE_ID: must be the checkpointDatabaseId of a backup manifest/);
  });
});
