/**
 * The importer under adversarial input: sessions Markdown swallows, control characters and injected
 * calendar lines, markup deep enough to exhaust a recursive walk, other encodings and zone names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { importJekyllPost, type ImportResult } from './import-post';
import { runImportCli } from '../../../scripts/import-schedule';
import { buildCalendar, planExport } from '../../schedule/ics';
import { findControlCharacter } from '../../schedule/control-characters';
import { validateSchedule } from '../../schedule/validate';
import type { Diagnostic, Schedule } from '../../schedule/types';

const seedBytes = readFileSync(new URL('../../../content/parsl-sc24.md', import.meta.url));
const seed = new TextDecoder().decode(seedBytes);
const WORKFLOWS = '### Workflows Community';
const WORKFLOWS_TITLE =
  'Workflows Community: Collaborative Pathways for Designing an Integrated Infrastructure for Research Excellence';

function importPost(text: string | Uint8Array, options = {}): ImportResult {
  return importJekyllPost(text, { fileName: 'parsl-sc24.md', ...options });
}

function schedule(result: ImportResult): Schedule {
  if (!result.ok) throw new Error(`import failed: ${result.error}`);
  return result.schedule;
}

function diagnosticsOf(result: ImportResult): readonly Diagnostic[] {
  return result.ok ? result.schedule.diagnostics : result.diagnostics;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('a session heading Markdown does not read is imported or named, never swallowed', () => {
  test.each([
    ['"###Title" (no space, as kramdown reads it) is read as a heading', '###Workflows Community'],
    ['"#### Title" with a Time line under it is read as a session', '#### Workflows Community'],
    ['"## Title" with a Time line under it is read as a session, not a day', '## Workflows Community'],
    ['"# Title" with a Time line under it is read as a session', '# Workflows Community'],
  ])('%s', (_, heading) => {
    const text = seed.replace(WORKFLOWS, heading);
    const result = importPost(text);
    const imported = schedule(result);
    expect(imported.sessions.map((session) => session.title)).toContain(WORKFLOWS_TITLE);
    expect(imported.sessions).toHaveLength(7);
    const line = lineOf(text, heading);
    expect(imported.diagnostics).toContainEqual({
      severity: 'warning',
      line,
      message: expect.stringContaining(WORKFLOWS_TITLE),
    });
    // Its own Time, not the session before it's.
    expect(imported.sessions.find((session) => session.title === WORKFLOWS_TITLE)?.id).toBe('bof206');
  });

  test.each([
    ['indented by four spaces', `    ${WORKFLOWS}`, /indented by four spaces or a tab, so Markdown reads it as code/],
    ['indented by a tab', `\t${WORKFLOWS}`, /indented by four spaces or a tab/],
    ['after an unclosed ``` fence', `\`\`\`\n${WORKFLOWS}`, /inside a code block \(an unclosed "```" above it\?\)/],
    ['after an unclosed <pre>', `<pre>\n\n${WORKFLOWS}`, /inside an HTML block that is never closed/],
    ['after an unclosed comment', `<!--\n\n${WORKFLOWS}`, /inside an HTML block that is never closed/],
    ['as a lazy paragraph line', `Some words.\n    ${WORKFLOWS}`, /text of the paragraph above/],
  ])(
    'indented or hidden (%s): an error on its line names it, and the session before it keeps its own time',
    (_, replacement, reason) => {
      const text = seed.replace(WORKFLOWS, replacement);
      const result = importPost(text);
      const line = lineOf(text, WORKFLOWS);
      expect(diagnosticsOf(result)).toContainEqual({
        severity: 'error',
        line,
        message: expect.stringMatching(
          new RegExp(`"### ${WORKFLOWS_TITLE}" looks like a session heading, but .*session not imported`),
        ),
      });
      expect(diagnosticsOf(result).find((d) => d.line === line)?.message).toMatch(reason);
      if (result.ok) {
        const before = result.schedule.sessions.find((session) => session.id === 'bof181');
        expect(before?.start).toBe('2024-11-19T17:15:00-05:00');
        expect(result.schedule.sessions.map((s) => s.title)).not.toContain(WORKFLOWS_TITLE);
      }
    },
  );

  test('a heading deleted outright leaves its Time line, which is named rather than used by the session before', () => {
    const text = seed.replace(/### Workflows Community[^\n]*\n/, '');
    const imported = schedule(importPost(text));
    expect(imported.sessions).toHaveLength(6);
    expect(imported.diagnostics).toContainEqual({
      severity: 'error',
      line: lineOf(text, 'location=rB212'),
      message: expect.stringMatching(
        /a second Time line \("Time: 5:15 – 6:45 p\.m\."\) in session "Making Sense.*not imported/,
      ),
    });
  });

  test('a day heading Markdown does not read refuses the sessions after it, which would get the day before’s date', () => {
    const text = seed.replace('## Thursday, November 21', '    ## Thursday, November 21');
    const imported = schedule(importPost(text));
    expect(imported.sessions.map((s) => s.id)).toEqual([
      'ws_worksp114',
      '2024-11-19-seesaw-elastic-scaling-for-task-based-distributed-programs',
      'bof181',
      'bof206',
      '2024-11-22-establishing-a-high-performance-and-productive-ecosystem-for',
    ]);
    const errors = imported.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    expect(errors).toEqual([
      expect.stringContaining('"## Thursday, November 21" looks like a day heading'),
      expect.stringMatching(/session "Serverless HPC.*comes after line \d+, a day heading Markdown did not read/),
      expect.stringMatching(/session "IRI: .*comes after line \d+, a day heading Markdown did not read/),
    ]);
    // Nothing is dated Wednesday by mistake.
    expect(imported.sessions.every((s) => !s.start.startsWith('2024-11-20'))).toBe(true);
  });

  test('a sub-heading inside a description is kept in it, and named in case it was meant as a session', () => {
    const text = seed.replace(
      '<p><strong>Description</strong>: Modern',
      '#### Poster session\n\n<p><strong>Description</strong>: Modern',
    );
    const imported = schedule(importPost(text));
    expect(imported.sessions).toHaveLength(7);
    expect(imported.sessions.find((s) => s.title.startsWith('Seesaw'))?.description).toMatch(/^Poster session\n\n/);
    expect(imported.diagnostics).toContainEqual({
      severity: 'warning',
      line: lineOf(text, '#### Poster session'),
      message: expect.stringContaining('"#### Poster session" is read as part of the description of session "Seesaw'),
    });
  });
});

describe('mutated posts (fast-check)', () => {
  const seedLines = seed.split('\n');
  const headingLines = seedLines.flatMap((line, i) => (line.startsWith('### ') ? [i] : []));

  type Mutation =
    | 'no-space'
    | 'level-1'
    | 'level-2'
    | 'level-4'
    | 'level-6'
    | 'indent-4'
    | 'indent-tab'
    | 'indent-2'
    | 'quote'
    | 'fence-before'
    | 'pre-before'
    | 'comment-before'
    | 'delete-heading'
    | 'delete-time'
    | 'delete-day'
    | 'duplicate'
    | 'trailing-hashes'
    | 'crlf';

  const mutation = fc.record({
    kind: fc.constantFrom<Mutation>(
      'no-space',
      'level-1',
      'level-2',
      'level-4',
      'level-6',
      'indent-4',
      'indent-tab',
      'indent-2',
      'quote',
      'fence-before',
      'pre-before',
      'comment-before',
      'delete-heading',
      'delete-time',
      'delete-day',
      'duplicate',
      'trailing-hashes',
      'crlf',
    ),
    heading: fc.nat(headingLines.length - 1),
  });

  function mutate(lines: string[], { kind, heading }: { kind: Mutation; heading: number }): string[] {
    const at = lines.findIndex(
      (line, i) =>
        i >= (headingLines[heading] ?? 0) &&
        /^\s*(?:>\s*)?#*\s*\S/.test(line) &&
        line.includes(seedLines[headingLines[heading] ?? 0]?.slice(4, 30) ?? ''),
    );
    if (at < 0) return lines;
    const line = lines[at] ?? '';
    const title = line.replace(/^[\s>#]*/, '');
    const out = [...lines];
    const set = (text: string) => out.splice(at, 1, text);
    if (kind === 'no-space') set(`###${title}`);
    if (kind === 'level-1') set(`# ${title}`);
    if (kind === 'level-2') set(`## ${title}`);
    if (kind === 'level-4') set(`#### ${title}`);
    if (kind === 'level-6') set(`###### ${title}`);
    if (kind === 'indent-4') set(`    ${line}`);
    if (kind === 'indent-tab') set(`\t${line}`);
    if (kind === 'indent-2') set(`  ${line}`);
    if (kind === 'quote') set(`> ${line}`);
    if (kind === 'fence-before') out.splice(at, 0, '```');
    if (kind === 'pre-before') out.splice(at, 0, '<pre>', '');
    if (kind === 'comment-before') out.splice(at, 0, '<!--', '');
    if (kind === 'delete-heading') out.splice(at, 1);
    if (kind === 'delete-time') out.splice(at + 1, 1);
    if (kind === 'duplicate') out.splice(at, 0, line);
    if (kind === 'trailing-hashes') set(`${line} ###`);
    if (kind === 'delete-day') {
      const day = out.slice(0, at).findLastIndex((other) => other.startsWith('## '));
      if (day >= 0) out.splice(day, 1);
    }
    return out;
  }

  test('no crash, exit 0 or 1 only, and every session heading either imported or named in a diagnostic', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (mutations, crlf) => {
        let lines = [...seedLines];
        for (const m of mutations) lines = mutate(lines, m);
        const text = lines.join(crlf || mutations.some((m) => m.kind === 'crlf') ? '\r\n' : '\n');
        const cli = runImportCli(['parsl-sc24.md'], () => new TextEncoder().encode(text));
        expect([0, 1]).toContain(cli.code);
        const result = importPost(text);
        if (!result.ok) {
          // Refused as a whole, with one line that says why: nothing was dropped in silence.
          expect(result.error).not.toMatch(/\n/);
          return;
        }
        const imported = new Set(result.sessionLines.map((session) => session.line));
        const diagnostics = result.schedule.diagnostics;
        // Every line of the input that carries a session title from the seed (a "### …" heading before
        // mutation) is a session, or a diagnostic names it: by its line or by its title.
        text.split(/\r\n|\n/).forEach((line, i) => {
          const title = /^[\s>]*#+\s*(.*?)(?:\s+#+)?\s*$/.exec(line)?.[1];
          if (title === undefined || !seedLines.some((seedLine) => seedLine === `### ${title}`)) return;
          const named = imported.has(i + 1) || diagnostics.some((d) => d.line === i + 1 || d.message.includes(title));
          expect(named, `line ${i + 1}: "${line}" is neither imported nor named`).toBe(true);
        });
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});

describe('control characters and injected calendar lines', () => {
  const injected = seed.replace(
    'presentation/?id=bof181&sess=sess622',
    'presentation/?id=bof181&#13;&#10;END:VEVENT&#13;&#10;BEGIN:VEVENT&#13;&#10;SUMMARY:Injected&sess=sess622',
  );

  test('a details address with an encoded CR/LF is stored as the normalised address, with no line break in it', () => {
    const imported = schedule(importPost(injected));
    const url = imported.sessions.find((s) => s.title.startsWith('Making Sense'))?.url ?? '';
    expect(url).toBe(new URL(url).href);
    expect(url).not.toMatch(/[\r\n]/);
    expect(url).toContain('END:VEVENTBEGIN:VEVENT');
  });

  test('the calendar of that session has one event, and ical.js reads it', () => {
    const imported = schedule(importPost(injected));
    const session = imported.sessions.filter((s) => s.title.startsWith('Making Sense'));
    const text = buildCalendar(imported.conference, planExport(session, session, {}).events, new Date(0));
    const events = ICAL.Component.fromString(text).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect(text).not.toMatch(/^SUMMARY:Injected/m);
  });

  test('control characters written as character references are left out of titles, rooms and descriptions', () => {
    const text = seed
      .replace('### Seesaw: Elastic', '### Seesaw&#7;: Elastic')
      .replace('Modern batch schedulers', 'Modern&#27;[31m batch&#0; schedulers');
    const imported = schedule(importPost(text));
    const seesaw = imported.sessions.find((s) => s.title.startsWith('Seesaw'));
    // Markdown reads a reference to a control character as U+FFFD (CommonMark); the HTML parser drops it.
    expect(seesaw?.title).toBe('Seesaw\uFFFD: Elastic Scaling for Task-Based Distributed Programs');
    expect(seesaw?.description).toMatch(/^Modern\[31m batch\uFFFD? ?schedulers/);
    const texts = imported.sessions.flatMap((s) => [s.title, s.description, s.type, s.room?.name ?? '', ...s.people]);
    expect(texts.filter((text) => findControlCharacter(text, '\n') >= 0)).toEqual([]);
    expect(validateSchedule(imported).ok).toBe(true);
  });

  test('a javascript: room link is left out with the same warning a details link gets', () => {
    const text = seed.replace(
      'https://sc24.conference-program.com/?post_type=page&p=20&location=rB210',
      'javascript:alert(1)',
    );
    const imported = schedule(importPost(text));
    expect(imported.sessions.find((s) => s.id === 'bof181')?.room).toEqual({ name: 'B210' });
    expect(imported.diagnostics).toContainEqual({
      severity: 'warning',
      line: lineOf(text, 'javascript:alert(1)'),
      message: expect.stringContaining('room link "javascript:alert(1)" is not an http(s) address'),
    });
  });
});

test('5,000 nested inline elements in a description are read without exhausting the stack', () => {
  const depth = 5000;
  const text = seed.replace(
    'Modern batch schedulers',
    `${'<b><i>'.repeat(depth / 2)}Deep${'</i></b>'.repeat(depth / 2)} Modern batch schedulers`,
  );
  const cli = runImportCli(['parsl-sc24.md'], () => new TextEncoder().encode(text));
  expect(cli.code).toBe(0);
  const imported = schedule(importPost(text));
  expect(imported.sessions.find((s) => s.title.startsWith('Seesaw'))?.description).toMatch(/^Deep Modern batch/);
  // And in the line of fields, where links are read.
  const fields = seed.replace(
    'üïî Time: Noon',
    `${'<span>'.repeat(depth)}üïî Time: Noon`.replace('<span>üïî', 'üïî<span>'),
  );
  expect([0, 1]).toContain(runImportCli(['parsl-sc24.md'], () => new TextEncoder().encode(fields)).code);
});

describe('encodings and zone names', () => {
  const utf16 = (text: string, littleEndian: boolean, bom: boolean): Uint8Array => {
    const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (_, i) => text.charCodeAt(i))];
    const bytes = new Uint8Array(units.length * 2);
    const view = new DataView(bytes.buffer);
    units.forEach((unit, i) => {
      view.setUint16(i * 2, unit, littleEndian);
    });
    return bytes;
  };
  const expected = schedule(importPost(seedBytes)).sessions;

  test.each([
    ['UTF-16LE with a byte-order mark', true, true],
    ['UTF-16BE with a byte-order mark', false, true],
    ['UTF-16LE without one', true, false],
    ['UTF-16BE without one', false, false],
  ])('%s is decoded, not called binary', (_, littleEndian, bom) => {
    const result = importPost(utf16(seed, littleEndian, bom));
    const imported = schedule(result);
    expect(imported.sessions).toEqual(expected);
    expect(imported.diagnostics).toContainEqual({
      severity: 'warning',
      message: `the file is ${littleEndian ? 'UTF-16LE' : 'UTF-16BE'} text; read as such`,
    });
  });

  test('a real binary file is still refused', () => {
    const png = readFileSync(new URL('../../../tests/fixtures/binary.png', import.meta.url));
    expect(importPost(png)).toMatchObject({ ok: false, error: expect.stringMatching(/^not an event post: /) });
  });

  test.each([
    ['EST5EDT', 'America/New_York'],
    ['CST6CDT', 'America/Chicago'],
    ['europe/berlin', 'Europe/Berlin'],
    ['Etc/GMT+5', 'Etc/GMT+5'],
    ['Asia/Calcutta', 'Asia/Calcutta'],
  ])('the zone database’s name %s is a zone (%s), from --time-zone and from the front matter', (name, zone) => {
    expect(schedule(importPost(seed, { timeZone: name })).conference.timeZone).toBe(zone);
    const withFrontMatter = seed.replace('layout: post', `layout: post\ntimezone: ${name}`);
    expect(schedule(importPost(withFrontMatter)).conference.timeZone).toBe(zone);
  });

  test('a name that is no zone is still refused, saying so', () => {
    expect(importPost(seed, { timeZone: 'Mars/Olympus' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('unknown time zone "Mars/Olympus"'),
    });
  });
});

describe('the same schedule on every machine (run under several machine zones by npm run test:zones)', () => {
  const berlinPost = (time: string, date = 'Sunday, March 10') =>
    `---\ntitle: Night talks 2024\n---\n\nAll times in Central European Time (Europe/Berlin).\n\n## ${date}\n\n### Late\n<pre>Time: ${time} | Event Type: Talk | Location: Hall</pre>\n`;

  test('a Berlin session at 2:15 a.m. on March 10, 2024 (in New York’s gap) is 02:15+01:00', () => {
    const imported = schedule(importPost(berlinPost('2:15 – 2:45 a.m.'), { timeZone: 'Europe/Berlin', year: 2024 }));
    expect(imported.sessions[0]).toMatchObject({
      start: '2024-03-10T02:15:00+01:00',
      end: '2024-03-10T02:45:00+01:00',
    });
  });

  test.each([
    [
      'Lord Howe Island’s gap, in Tokyo',
      'Sunday, October 6',
      '2:00 – 2:30 a.m.',
      'Asia/Tokyo',
      '2024-10-06T02:00:00+09:00',
    ],
    ['the Chatham Islands’ gap, in UTC', 'Sunday, September 29', '3:00 – 3:30 a.m.', 'UTC', '2024-09-29T03:00:00Z'],
    [
      'New York’s gap, in Kathmandu',
      'Sunday, March 10',
      '2:00 – 2:45 a.m.',
      'Asia/Kathmandu',
      '2024-03-10T02:00:00+05:45',
    ],
  ])('a session at a wall time in %s keeps its wall time', (_, date, time, zone, start) => {
    expect(schedule(importPost(berlinPost(time, date), { timeZone: zone, year: 2024 })).sessions[0]?.start).toBe(start);
  });
});
