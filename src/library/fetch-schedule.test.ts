/**
 * Opening an address ends, whatever the server does (issue 16): one that never answers, one that stops
 * halfway, one that sends more than any schedule weighs. A real HTTP server on this machine's loopback.
 */
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fetchSchedule } from './open-schedule';

let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/silent') return; // never answers
    if (request.url === '/halfway') {
      response.writeHead(200, { 'Content-Type': 'text/calendar' });
      response.write('BEGIN:VCALENDAR\r\n'); // and then nothing more
      return;
    }
    if (request.url === '/huge') {
      // 2 MB of zeros gzipped to a few KB: the cap counts what arrives after decompression.
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      response.end(gzipSync(Buffer.alloc(2 * 1024 * 1024)));
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/calendar' }).end('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${String(typeof address === 'object' && address !== null ? address.port : 0)}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const limits = { idleMs: 300, maxBytes: 1024 * 1024 };

test('a server that never answers is given up on, with a message', async () => {
  const result = await fetchSchedule(`${origin}/silent`, limits);
  expect(result).toEqual({
    ok: false,
    error: expect.stringMatching(/^127\.0\.0\.1 stopped answering \(nothing arrived for 0 seconds\)/),
  });
});

test('a server that stops sending halfway is given up on, with a message', async () => {
  const result = await fetchSchedule(`${origin}/halfway`, limits);
  expect(result).toEqual({ ok: false, error: expect.stringMatching(/stopped answering/) });
});

test('more than the cap, counted after decompression, is refused', async () => {
  const result = await fetchSchedule(`${origin}/huge`, limits);
  expect(result).toEqual({ ok: false, error: expect.stringMatching(/is larger than 1 MB, more than any schedule/) });
});

test('a small file arrives whole', async () => {
  const result = await fetchSchedule(`${origin}/ok.ics`, limits);
  expect(result).toMatchObject({ ok: true, name: 'ok.ics' });
  expect(result.ok ? new TextDecoder().decode(result.bytes) : '').toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
});
