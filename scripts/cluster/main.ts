// `npm run cluster`: starts the topology (topology.ts) and keeps it up until Ctrl-C.
// `npm run cluster -- --test`: starts it, runs the checks of issue 21 items 3 and 5, prints each as held
// or not with its figures, and stops. Either way everything is stopped and removed at the end, on failure too.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer, request } from 'node:http';
import path from 'node:path';
import { startFakeAliyunSms } from '../../apps/api/test/support/fake-aliyun-sms.ts';
import { checkInstances, type Result } from './checks.ts';
import { checkFaults, type SmsMode } from './faults.ts';
import { freePort, REPO, startTopology, type Topology } from './topology.ts';

const testing = process.argv.includes('--test');
const log = (line: string) => process.stdout.write(`cluster: ${line}\n`);

/** The SMS provider the instances call: Aliyun's stand-in behind a switch that can make it fail or slow. */
async function smsProvider() {
  const fake = await startFakeAliyunSms({
    accessKeyId: 'LTAI-cluster-jifen',
    accessKeySecret: 'cluster-secret-not-real',
  });
  const target = new URL(`http://${fake.endpoint}`);
  let mode: SmsMode = 'ok';
  const server = createServer((req, res) => {
    if (mode === 'fail') {
      req.resume();
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"Code":"InternalError","Message":"cluster check: the provider is failing"}');
      return;
    }
    const forward = () => {
      const up = request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      up.on('error', () => res.destroy());
      req.pipe(up);
    };
    if (mode === 'slow') setTimeout(forward, 1500);
    else forward();
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return {
    port,
    received: () => fake.received,
    setMode: (m: SmsMode) => {
      mode = m;
    },
    close: async () => {
      server.close();
      await fake.close();
    },
  };
}

async function main(): Promise<number> {
  if (!existsSync(path.join(REPO, 'apps/web/dist/index.html'))) {
    log('building the web UI first (npm run build -w @jifen/web)');
    execFileSync('npm', ['run', 'build', '-w', '@jifen/web'], { cwd: REPO, stdio: 'inherit' });
  }
  const sms = await smsProvider();
  let topology: Topology | undefined;
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      await topology?.stop().catch((error: unknown) => log(`stop failed: ${String(error)}`));
      await sms.close().catch(() => undefined);
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      log(`${signal}: stopping`);
      void stopAll().then(() => process.exit(130));
    });
  try {
    topology = await startTopology(log, sms.port);
    if (!testing) {
      log(
        `jifen is served at ${topology.url} (demo accounts, password Demo@2026); Ctrl-C stops and removes everything`,
      );
      await new Promise(() => undefined);
    }
    const results: Result[] = [...(await checkInstances(topology, sms)), ...(await checkFaults(topology, sms))];
    process.stdout.write('\n');
    for (const r of results)
      process.stdout.write(`${r.held ? 'HELD    ' : 'NOT HELD'}  ${r.name}\n          ${r.figures}\n`);
    const held = results.filter((r) => r.held).length;
    process.stdout.write(`\n${held} of ${results.length} held\n`);
    return held === results.length ? 0 : 1;
  } finally {
    await stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`cluster: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
