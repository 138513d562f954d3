import { expect, test } from 'vitest';
import { firstLoadScripts, gzipBytes } from './size';

test('counts the entry module and its modulepreloads, not stylesheets or lazy chunks', () => {
  const html = `<!doctype html><html><head>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-123.css">
    <link rel="icon" href="/favicon.svg">
  </head><body><div id="root"></div></body></html>`;
  expect(firstLoadScripts(html)).toEqual(['assets/index-abc.js', 'assets/react-def.js']);
});

test('gzip bytes are measured, not guessed', () => {
  const repetitive = new TextEncoder().encode('a'.repeat(10_000));
  expect(gzipBytes(repetitive)).toBeGreaterThan(10);
  expect(gzipBytes(repetitive)).toBeLessThan(200);
});

test('relative addresses (the build’s base is ./) are the same files', () => {
  const html = `<script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/react-def.js">`;
  expect(firstLoadScripts(html)).toEqual(['assets/index-abc.js', 'assets/react-def.js']);
});
