/**
 * First-load JavaScript budget: the scripts index.html loads at start (entry and modulepreloads),
 * gzip-compressed, summed. Lazy chunks are listed but not counted. Sizes are deterministic, so the
 * budget is a hard limit: `npm run size` fails above it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 90_000;

export function firstLoadScripts(indexHtml: string): string[] {
  const found = new Set<string>();
  for (const match of indexHtml.matchAll(/<(script|link)\b[^>]*>/g)) {
    const tag = match[0];
    const isModuleScript = match[1] === 'script' && /\btype="module"/.test(tag);
    const isPreload = match[1] === 'link' && /\brel="modulepreload"/.test(tag);
    const address = /\b(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    // Absolute (/assets/…) or relative (./assets/…: the build's base is ./): one path either way.
    if ((isModuleScript || isPreload) && address !== undefined) found.add(address.replace(/^\.?\//, ''));
  }
  return [...found];
}

/** The chunks a script imports statically (`import … from "./x.js"`, `import "./x.js"`), as paths beside it. */
export function staticImports(code: string, file: string): string[] {
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const found: string[] = [];
  for (const match of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    const relative = match[1] ?? '';
    found.push(new URL(relative, `file:///${folder}`).pathname.slice(1));
  }
  return found;
}

/**
 * Every script loaded at start: the ones index.html names, and what they import statically, so that a
 * build without modulepreload links (`build.modulePreload: false`) cannot hide a chunk from the budget.
 */
export function firstLoadClosure(indexHtml: string, read: (file: string) => string): string[] {
  const seen = new Set<string>();
  const queue = firstLoadScripts(indexHtml);
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(read(file), file));
  }
  return [...seen];
}

export function gzipBytes(content: Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

function main(): void {
  const dist = 'dist';
  let indexHtml: string;
  try {
    indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
  } catch {
    console.error('size: dist/index.html not found; run `npm run build` first');
    process.exitCode = 1;
    return;
  }
  const initial = firstLoadClosure(indexHtml, (file) => readFileSync(join(dist, file), 'utf8'));
  if (initial.length === 0) {
    console.error('size: index.html loads no script; is the build broken?');
    process.exitCode = 1;
    return;
  }
  let total = 0;
  for (const file of initial) {
    const bytes = gzipBytes(readFileSync(join(dist, file)));
    total += bytes;
    console.log(`first load  ${String(bytes).padStart(7)} B gzip  ${file}`);
  }
  const lazy = readdirSync(join(dist, 'assets')).filter(
    (file) => file.endsWith('.js') && !initial.includes(`assets/${file}`),
  );
  for (const file of lazy) {
    console.log(
      `lazy        ${String(gzipBytes(readFileSync(join(dist, 'assets', file)))).padStart(7)} B gzip  assets/${file}`,
    );
  }
  if (process.argv.includes('--sources')) for (const file of initial) printSources(join(dist, file));
  const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
  console.log(`First-load JavaScript: ${total} B gzip (budget ${BUDGET_BYTES} B): ${verdict} budget`);
  if (total > BUDGET_BYTES) process.exitCode = 1;
}

/**
 * `npm run size -- --sources`: what each source file adds to a first-load script, gzip-compressed on its
 * own (so the parts sum to more than the whole): where to look when the budget is tight.
 */
function printSources(file: string): void {
  if (!existsSync(`${file}.map`)) {
    console.log(`  (no source map for ${file})`);
    return;
  }
  const lines = readFileSync(file, 'utf8').split('\n');
  const map = new SourceMapConsumer(readFileSync(`${file}.map`, 'utf8'));
  const bySource = new Map<string, string[]>();
  let previous: { line: number; column: number; source: string } | null = null;
  map.eachMapping((mapping) => {
    if (previous) {
      const line = lines[previous.line - 1] ?? '';
      const end = mapping.generatedLine === previous.line ? mapping.generatedColumn : line.length;
      const parts = bySource.get(previous.source) ?? [];
      parts.push(line.slice(previous.column, end));
      bySource.set(previous.source, parts);
    }
    previous = {
      line: mapping.generatedLine,
      column: mapping.generatedColumn,
      source: mapping.source ?? '(generated)',
    };
  });
  const rows = [...bySource].map(([source, parts]) => ({
    source: source.replace(/^(\.\.\/)+/, '').replace(/.*node_modules\//, 'node_modules/'),
    bytes: gzipBytes(Buffer.from(parts.join(''))),
  }));
  for (const row of rows.sort((a, b) => b.bytes - a.bytes).slice(0, 30)) {
    console.log(`  ${String(row.bytes).padStart(7)} B gzip  ${row.source}`);
  }
}

if (process.argv[1]?.endsWith('size.ts')) main();
