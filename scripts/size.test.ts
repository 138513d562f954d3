import { expect, test } from 'vitest';
import { firstLoadClosure, firstLoadScripts, gzipBytes, staticImports } from './size';

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

test('chunks the first-load scripts import statically count, named in index.html or not; dynamic imports do not', () => {
  const html = '<script type="module" crossorigin src="./assets/index-abc.js"></script>';
  const files: Record<string, string> = {
    'assets/index-abc.js':
      'import{r as e,t}from"./runtime-1.js";import"./side-2.js";const l=()=>import("./lazy-3.js");e(t,l);',
    'assets/runtime-1.js': 'import{x}from"./shared-4.js";export const r=x,t=1;',
    'assets/side-2.js': 'import {x} from "./shared-4.js";x();',
    'assets/shared-4.js': 'export const x=()=>1;',
    'assets/lazy-3.js': 'export default 1;',
  };
  const closure = firstLoadClosure(html, (file) => files[file] ?? '');
  expect(closure.sort()).toEqual([
    'assets/index-abc.js',
    'assets/runtime-1.js',
    'assets/shared-4.js',
    'assets/side-2.js',
  ]);
  expect(staticImports('import{a}from"../b/c.js"', 'assets/x/y.js')).toEqual(['assets/b/c.js']);
});
