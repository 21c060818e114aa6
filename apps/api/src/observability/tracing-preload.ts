// The first import of main.ts: starts tracing before any module that loads
// pg is evaluated (ES modules run their imports in order), so the SQL
// instrumentation sees the pg every other module gets. Synchronous on
// purpose: a top-level await here would let later imports run first.
import { loadConfig } from '../config.ts';
import { startTracing, type Tracing } from './tracing.ts';

const loaded = loadConfig();
/** Set when OTEL_EXPORTER_OTLP_ENDPOINT is configured (main.ts reports a bad configuration itself). */
export const tracing: Tracing | undefined =
  loaded.ok && loaded.config.tracing ? startTracing(loaded.config.tracing) : undefined;
