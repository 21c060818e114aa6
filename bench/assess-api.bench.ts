// `npm run bench -- assess-api`: POST /api/v1/assessments with 48 months of
// social-insurance and tax records (the assess bench's first input), through
// jifen's whole HTTP stack (security headers, rate limit, CSRF, the JSON depth
// guard, the unstorable-text check, zod, the engine with explanations, the
// what-ifs and the earliest date, the zod response check, the request log)
// against its peer: a bare Fastify that parses the same body and sends the
// same answer bytes (bench/api-server.ts `assess-peer`), the ceiling for a
// server that must read and write these kilobytes. Same run, alternating
// rounds, 10 connections on loopback. Goal (issue 20): jifen >= 0.5x the peer.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { inputs } from './assess.bench.ts';
import {
  CONNECTIONS,
  csrfOf,
  failures,
  goal,
  loadLine,
  measureRounds,
  printCases,
  rps,
  startServer,
  stopServer,
  type Case,
} from './http-cannon.ts';

const WARMUP_SECONDS = 2;
const ROUND_SECONDS = 4;
const ROUNDS = 3;
const GOAL = 0.5;

export async function run(): Promise<boolean> {
  const servers: ChildProcess[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'jifen-bench-assess-'));
  try {
    const jifen = await startServer(['jifen']);
    servers.push(jifen.child);
    const csrf = await csrfOf(jifen.url);
    const body = JSON.stringify({ input: inputs(1)[0], asOf: '2025-12-15' });
    const headers = { 'content-type': 'application/json', cookie: csrf.cookie, 'x-csrf-token': csrf.token };
    const url = `${jifen.url}/api/v1/assessments`;
    const first = await fetch(url, { method: 'POST', headers, body });
    const answer = Buffer.from(await first.arrayBuffer());
    if (first.status !== 200) throw new Error(`assessment failed: ${first.status} ${answer.toString().slice(0, 300)}`);
    const answerFile = path.join(dir, 'answer.json');
    writeFileSync(answerFile, answer);
    const peer = await startServer(['assess-peer', answerFile]);
    servers.push(peer.child);
    const peerAnswer = Buffer.from(
      await (await fetch(`${peer.url}/api/v1/assessments`, { method: 'POST', headers, body })).arrayBuffer(),
    );
    if (!peerAnswer.equals(answer)) throw new Error('the peer does not send the answer jifen sent');

    const cases: Case[] = [
      {
        name: 'peer: bare Fastify, parse + same answer',
        url: `${peer.url}/api/v1/assessments`,
        method: 'POST',
        headers,
        body,
        rounds: [],
      },
      { name: 'jifen POST /api/v1/assessments', url, method: 'POST', headers, body, rounds: [] },
    ];
    await measureRounds(cases, WARMUP_SECONDS, ROUNDS, ROUND_SECONDS);
    console.log(
      `loopback, ${CONNECTIONS} connections, one process per server, info logs to /dev/null; body ${body.length} B ` +
        `(48 months), answer ${answer.length} B; ${WARMUP_SECONDS} s warm-up, ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s`,
    );
    console.log(await loadLine());
    printCases(cases);
    const [peerCase, jifenCase] = cases as [Case, Case];
    const ok = goal('jifen POST /api/v1/assessments vs the peer', rps(jifenCase) / rps(peerCase), GOAL);
    return ok && cases.every((c) => failures(c) === 0);
  } finally {
    await Promise.all(servers.map(stopServer));
    rmSync(dir, { recursive: true, force: true });
  }
}
