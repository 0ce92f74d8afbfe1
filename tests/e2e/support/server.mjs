// Starts the real host binary's rehearsal server for a test run, and talks to
// its /api over HTTP with an explicit Host header.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
export const BINARY = process.env.BEIAN_ASSIST_BIN || join(ROOT, 'build', 'native-host', 'beian-assist');
export const ASSETS = join(ROOT, 'build', 'rehearsal-portal');

// Builds the pages from native-host/rehearsal-portal + node_modules (fast).
export function buildAssets() {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-rehearsal.mjs'), ASSETS], { stdio: 'pipe' });
}

// By default in a fresh data directory (so no local profile override changes
// the pages), removed on stop; the extension's tests pass their own home and
// environment, which they keep.
export async function startServer({ home: given, env } = {}) {
  if (!existsSync(BINARY))
    throw new Error(`${BINARY} is missing: cmake --build build --target beian-assist`);
  const home = given || mkdtempSync(join(tmpdir(), 'beian-rehearsal-'));
  const child = spawn(BINARY, ['rehearse', '--port', '0', '--assets', ASSETS], {
    env: env || { ...process.env, BEIAN_ASSIST_HOME: home, XDG_DATA_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL from the host in 10 s:\n${output}`)), 10_000);
    const onData = (chunk) => {
      output += chunk;
      const m = output.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolvePort(Number(m[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c) => (output += c));
    child.on('exit', (code) => reject(new Error(`host exited (${code}) before serving:\n${output}`)));
    // Not executable or not there (e.g. being relinked): a rejection, not a crash.
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
  });
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      if (!given) rmSync(home, { recursive: true, force: true });
    },
  };
}

// One HTTP request; resolves {status, body (parsed JSON or text)}.
export function http(port, method, path, { body, host } = {}) {
  return new Promise((resolveReq, reject) => {
    const data = body === undefined ? null : Buffer.from(JSON.stringify(body));
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: {
          Host: host || `127.0.0.1:${port}`,
          ...(data ? { 'Content-Type': 'application/json', 'Content-Length': data.length } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed = text;
          try {
            parsed = JSON.parse(text);
          } catch {}
          resolveReq({ status: res.statusCode, body: parsed });
        });
      },
    );
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

// datas of a GET in the portal envelope (errno must be 0).
export async function datas(port, path) {
  const { body } = await http(port, 'GET', path);
  if (!body || body.errno !== 0) throw new Error(`${path}: ${JSON.stringify(body)}`);
  return body.datas;
}
