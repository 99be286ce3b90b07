import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const UPLOAD_BYTES = 6 * 1024 * 1024;
let server: TestApp;

beforeAll(async () => { server = await startTestApp(); });
afterAll(async () => { await server?.close(); });

/**
 * Sends a POST of `bytes` over a plain socket, writing the whole body as a client that does not read
 * until it has sent does; resolves with what the server answered, or rejects on a reset.
 */
function upload(path: string, bytes: number): Promise<string> {
  const { hostname, port } = new URL(server.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.on('data', (chunk) => { answer += chunk; });
    socket.on('error', (err) => reject(Object.assign(err, { answer })));
    socket.on('end', () => { socket.end(); resolve(answer); });
    socket.write(`POST ${path} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${bytes}\r\n\r\n`);
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
      // Done sending: the server may now keep the connection open, so close our side and read to its end.
      socket.end();
    };
    pump();
  });
}

describe('an upload over the body limit', () => {
  it('gets its 413 and reason on a real socket while the client still sends 6 MB to /api/messages', { timeout: 60_000 }, async () => {
    const answer = await upload('/api/messages', UPLOAD_BYTES);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('"code":"HTTP_PAYLOAD_TOO_LARGE"');
  });

  it('leaves the server answering the next request', async () => {
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
  });
});
