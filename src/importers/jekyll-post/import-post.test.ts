import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { importJekyllPost, type ImportOptions, type ImportResult } from './import-post';
import { damageAsMacRoman } from './mojibake';
import type { Schedule } from '../../schedule/types';

const seed = readFileSync(new URL('../../../content/parsl-sc24.md', import.meta.url));

function imported(input: Uint8Array | string, options: ImportOptions = {}): Schedule {
  const result = importJekyllPost(input, options);
  if (!result.ok) throw new Error(`import failed: ${result.error}`);
  return result.schedule;
}

function failure(result: ImportResult): string {
  if (result.ok) throw new Error('expected the import to fail');
  return result.error;
}

/** A small post in the Parsl layout; `sessions` are the Markdown under the day heading. */
function post(
  sessions: string,
  {
    intro = 'All times shown in Eastern Standard Time.',
    frontMatter = 'title: Parsl at SC24',
    day = '## Tuesday, November 19',
  } = {},
): string {
  return `---\n${frontMatter}\n---\n\n${intro}\n\n${day}\n\n${sessions}\n`;
}

const talk = (title: string, fields: string, description = '<p><strong>Description</strong>: About it.</p>') =>
  `### ${title}\n<pre>${fields}</pre>\n${description}\n`;

describe('the Parsl SC24 post', () => {
  // The table of the foundation issue: id, title, start and end in UTC, type, room.
  const table = [
    [
      'ws_worksp114',
      'Parsl+CWL: Towards Combining the Python and CWL Ecosystems',
      '2024-11-18T16:21Z',
      '2024-11-18T16:44Z',
      'Workshop',
      'B302',
    ],
    [
      undefined,
      'Seesaw: Elastic Scaling for Task-Based Distributed Programs',
      '2024-11-19T17:00Z',
      '2024-11-19T22:00Z',
      'Poster',
      'B302-B305',
    ],
    [
      'bof181',
      'Making Sense of the Chaos: Best Practices for HPC Software Sustainability Strategies and Metrics',
      '2024-11-19T22:15Z',
      '2024-11-19T23:45Z',
      'BOF',
      'B210',
    ],
    [
      'bof206',
      'Workflows Community: Collaborative Pathways for Designing an Integrated Infrastructure for Research Excellence',
      '2024-11-19T22:15Z',
      '2024-11-19T23:45Z',
      'BOF',
      'B212',
    ],
    [
      'pan108',
      'Serverless HPC: Challenges, Opportunities, and Future Prospects for Accelerated Cloud Computing',
      '2024-11-21T15:30Z',
      '2024-11-21T17:00Z',
      'Panel',
      'B313B-B314',
    ],
    [
      'bof218',
      'IRI: What Novel Interfaces Will HPC Expose for Cross-Facility Workflows?',
      '2024-11-21T17:15Z',
      '2024-11-21T18:15Z',
      'BOF',
      'B311',
    ],
    [
      undefined,
      'Establishing a High-Performance and Productive Ecosystem for Distributed Execution of Python Functions Using Globus Compute',
      '2024-11-22T13:40Z',
      '2024-11-22T14:10Z',
      'Workshop',
      'B311',
    ],
  ] as const;

  const schedule = imported(seed, { fileName: 'parsl-sc24.md' });

  test('imports exactly the seven sessions of the table, with their times in UTC', () => {
    const utc = (iso: string) => new Date(iso).toISOString().replace(':00.000Z', 'Z');
    expect(
      schedule.sessions.map((session) => [
        session.title,
        utc(session.start),
        utc(session.end),
        session.type,
        session.room?.name,
      ]),
    ).toEqual(table.map(([, title, start, end, type, room]) => [title, start, end, type, room]));
  });

  test('uses the official program id where the details link has one, else a date and title slug', () => {
    const ids = schedule.sessions.map((session) => session.id);
    table.forEach(([id], i) => {
      if (id !== undefined) expect(ids[i]).toBe(id);
    });
    expect(ids[1]).toBe('2024-11-19-seesaw-elastic-scaling-for-task-based-distributed-programs');
    expect(ids[6]).toMatch(/^2024-11-22-establishing-a-high-performance-and-productive-ecosystem/);
    expect(new Set(ids).size).toBe(7);
  });

  test('keeps every instant in the post zone, with its offset', () => {
    for (const session of schedule.sessions) {
      expect(session.start).toMatch(/^2024-11-\d\dT\d\d:\d\d:00-05:00$/);
      expect(session.end).toMatch(/^2024-11-\d\dT\d\d:\d\d:00-05:00$/);
    }
  });

  test('reads the conference from the front matter and the introduction', () => {
    expect(schedule.conference).toMatchObject({
      id: 'parsl-sc24',
      title: 'Parsl at SC24',
      timeZone: 'America/New_York',
      start: '2024-11-17',
      end: '2024-11-22',
      url: 'https://sc24.conference-program.com/',
      place: 'Atlanta, GA',
      source: { file: 'parsl-sc24.md' },
    });
    expect(schedule.conference.description).toMatch(
      /^SC24, the international conference .* November 17–22 in Atlanta, GA\./,
    );
    expect(schedule.conference.description).toContain('(all times shown in Eastern Standard Time)');
    expect(schedule.conference.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('reads people, details links, room links and plain-text descriptions', () => {
    const [cwl, seesaw, , workflows, serverless] = schedule.sessions;
    expect(seesaw?.people).toEqual(['Matthew Chung, UC Riverside']);
    expect(seesaw?.url).toBeUndefined();
    expect(cwl?.url).toBe('https://sc24.conference-program.com/presentation/?id=ws_worksp114&sess=sess756');
    expect(cwl?.room?.url).toBe('https://sc24.conference-program.com/?post_type=page&p=20&location=rB302');
    // Two paragraphs, split across a blank line in the post's <p>; no HTML, no "Description:" label.
    expect(cwl?.description).toMatch(
      /^Common Workflow Language \(CWL\) is .*environments\.\n\nWe propose .*runners\.$/s,
    );
    expect(workflows?.description).toContain('modern scientific research’s growing complexity');
    // The stray </br> between the fields and the description does not disturb it.
    expect(serverless?.description).toMatch(/^With the ongoing convergence/);
  });

  test('no text in the output carries the encoding damage', () => {
    const json = JSON.stringify(schedule);
    for (const damage of ['‚Ä', 'üï', 'Ô∏è', 'Äô', '\uf8ff']) expect(json).not.toContain(damage);
    expect(json).not.toMatch(/<\/?(p|pre|a|strong|br)\b/);
  });

  test('reports the repair and the details link that points to a room page, with its line', () => {
    expect(schedule.diagnostics).toEqual([
      { severity: 'warning', message: expect.stringContaining('UTF-8 read as Mac Roman') },
      { severity: 'warning', line: 70, message: expect.stringContaining('"More details" link is the room\'s page') },
    ]);
  });

  test('importing the same post again gives the same schedule', () => {
    expect(imported(seed, { fileName: 'parsl-sc24.md' })).toEqual(schedule);
  });

  test('the post with its damage repaired by hand imports to the same sessions', () => {
    const clean = new TextDecoder().decode(seed).replace(/[^\n]+/g, (line) => line);
    const repaired = imported(clean.includes('‚Äì') ? repairByHand(clean) : clean, { fileName: 'parsl-sc24.md' });
    expect(repaired.sessions).toEqual(schedule.sessions);
  });
});

function repairByHand(text: string): string {
  return text
    .replaceAll('‚Äì', '–')
    .replaceAll('‚Äô', '’')
    .replaceAll('\uf8ffüï£', '🕣')
    .replaceAll('\uf8ffüïî', '🕔')
    .replaceAll('\uf8ffüï•', '🕥')
    .replaceAll('\uf8ffüïõ', '🕛')
    .replaceAll('‚ÑπÔ∏è', 'ℹ️')
    .replaceAll('\uf8ffüìç', '📍')
    .replaceAll('\uf8ffüîó', '🔗')
    .replaceAll('\uf8ffüìù', '📝');
}

describe('fields', () => {
  test('fields may come in any order, without emoji, with some missing', () => {
    const schedule = imported(
      post(talk('Reordered', 'Location: Hall A | Speakers: Ada Lovelace; Grace Hopper | Time: 9 – 10:30 a.m.')),
    );
    expect(schedule.sessions[0]).toMatchObject({
      title: 'Reordered',
      start: '2024-11-19T09:00:00-05:00',
      end: '2024-11-19T10:30:00-05:00',
      type: 'Session',
      room: { name: 'Hall A' },
      people: ['Ada Lovelace', 'Grace Hopper'],
    });
    expect(schedule.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining('no Event Type'));
  });

  test('a line of fields may be a plain Markdown paragraph instead of <pre>', () => {
    const schedule = imported(
      post(
        '### Plain\n🕔 Time: 1 – 2 p.m. | Event Type: Talk | Location: [Room 1](https://example.org/r1)\n\nAbout it.\n',
      ),
    );
    expect(schedule.sessions[0]).toMatchObject({
      type: 'Talk',
      room: { name: 'Room 1', url: 'https://example.org/r1' },
      description: 'About it.',
    });
  });

  test('an unknown field is reported and ignored, not mixed into another', () => {
    const schedule = imported(post(talk('Odd', 'Time: 1 – 2 p.m. | Event Type: Talk | Catering: Lunch')));
    expect(schedule.sessions).toHaveLength(1);
    expect(schedule.diagnostics).toContainEqual({
      severity: 'warning',
      line: 10,
      message: expect.stringContaining('"Catering: Lunch"'),
    });
  });

  test('only http(s) and mailto links are kept; scripts and HTML never reach the text', () => {
    const schedule = imported(
      post(
        talk(
          'Hostile',
          'Time: 1 – 2 p.m. | Event Type: Talk | <a href="javascript:alert(1)">More details</a>',
          '<p>Read <a href="javascript:alert(1)">this</a>, <a href="https://example.org/x">that</a> or <a href="mailto:a@example.org">mail</a>.<script>alert(1)</script> <b>Bold</b> &amp; done.</p>',
        ),
      ),
    );
    const [session] = schedule.sessions;
    expect(session?.url).toBeUndefined();
    expect(session?.description).toBe('Read this, that or mail. Bold & done.');
    expect(session?.links).toEqual([
      { text: 'that', url: 'https://example.org/x' },
      { text: 'mail', url: 'mailto:a@example.org' },
    ]);
    expect(schedule.diagnostics.filter((d) => d.message.includes('javascript:'))).toHaveLength(2);
  });

  test('a time written in another zone is read in that zone and reported', () => {
    const schedule = imported(post(talk('Remote', 'Time: 5 – 6 p.m. CET | Event Type: Talk')));
    expect(new Date(schedule.sessions[0]?.start ?? '').toISOString()).toBe('2024-11-19T16:00:00.000Z');
    expect(schedule.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining('written in CET'));
  });

  test('two sessions with the same title on the same day get distinct ids', () => {
    const schedule = imported(post(`${talk('Twin', 'Time: 1 – 2 p.m.')}\n${talk('Twin', 'Time: 3 – 4 p.m.')}`));
    expect(schedule.sessions.map((s) => s.id)).toEqual(['2024-11-19-twin', '2024-11-19-twin-2']);
    expect(schedule.diagnostics.map((d) => d.message)).toContainEqual(expect.stringContaining('same id'));
  });
});

describe('sessions that cannot be read are diagnostics, never silent', () => {
  test('a session without a time is reported with its line, and the others still import', () => {
    const result = importJekyllPost(
      post(`${talk('No time', 'Event Type: Talk')}\n${talk('Fine', 'Time: 1 – 2 p.m.')}`),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.schedule.sessions.map((s) => s.title)).toEqual(['Fine']);
    expect(result.schedule.diagnostics).toContainEqual({
      severity: 'error',
      line: 10,
      message: expect.stringMatching(/"No time".*no Time field; session not imported/),
    });
  });

  test('an end before the start is a diagnostic, not a guess', () => {
    const schedule = imported(
      post(`${talk('Backwards', 'Time: 6:45 p.m. – 5:15 p.m.')}\n${talk('Fine', 'Time: 1 – 2 p.m.')}`),
    );
    expect(schedule.sessions.map((s) => s.title)).toEqual(['Fine']);
    expect(schedule.diagnostics.find((d) => d.severity === 'error')?.message).toMatch(/"Backwards".*before it starts/);
  });

  test('a session heading swallowed by an unclosed <pre> is reported', () => {
    const text = post(
      `### Open\n<pre>Time: 1 – 2 p.m. | Event Type: Talk\n\n### Swallowed\n<pre>Time: 3 – 4 p.m.</pre>\n`,
    );
    const result = importJekyllPost(text);
    const diagnostics = result.ok ? result.schedule.diagnostics : result.diagnostics;
    expect(diagnostics).toContainEqual({
      severity: 'error',
      line: 12,
      message: expect.stringMatching(
        /"### Swallowed" looks like a session heading, but it is inside an HTML block that is never closed.*session not imported/,
      ),
    });
  });

  test('a session before any day heading is reported', () => {
    const schedule = imported(
      `---\ntitle: SC24\n---\nTimes in EST.\n\n### Early\n<pre>Time: 1 – 2 p.m.</pre>\n\n## Tuesday, November 19\n\n${talk('Fine', 'Time: 1 – 2 p.m.')}`,
    );
    expect(schedule.diagnostics).toContainEqual({
      severity: 'error',
      line: 6,
      message: expect.stringContaining('not under a day heading'),
    });
  });
});

describe('zone and year', () => {
  test('"all times shown in Eastern Standard Time" means America/New_York', () => {
    expect(imported(post(talk('A', 'Time: 1 – 2 p.m.'))).conference.timeZone).toBe('America/New_York');
  });

  test('other written zones map to their IANA zone', () => {
    const schedule = imported(
      post(talk('A', 'Time: 13:00 – 14:00'), {
        intro: 'Times are Central European Summer Time.',
        frontMatter: 'title: ISC 2025',
        day: '## Tuesday, June 10',
      }),
    );
    expect(schedule.conference.timeZone).toBe('Europe/Berlin');
    expect(schedule.sessions[0]?.start).toBe('2025-06-10T13:00:00+02:00');
  });

  test('a post that names no zone fails, saying the zone is needed', () => {
    expect(importJekyllPost(post(talk('A', 'Time: 1 – 2 p.m.'), { intro: 'Welcome.' }))).toMatchObject({
      ok: false,
      code: 'needs-input',
      needs: ['timeZone'],
      error: 'the post does not say which time zone its times are in',
    });
  });

  test('a post that names two zones is ambiguous', () => {
    expect(
      failure(
        importJekyllPost(post(talk('A', 'Time: 1 – 2 p.m.'), { intro: 'Times in Pacific Time or Eastern Time.' })),
      ),
    ).toMatch(/more than one time zone/);
  });

  test('--time-zone overrides the post, and an unknown zone is refused', () => {
    expect(imported(post(talk('A', 'Time: 1 – 2 p.m.')), { timeZone: 'America/Chicago' }).conference.timeZone).toBe(
      'America/Chicago',
    );
    expect(imported(post(talk('A', 'Time: 1 – 2 p.m.')), { timeZone: 'Pacific Time' }).conference.timeZone).toBe(
      'America/Los_Angeles',
    );
    expect(failure(importJekyllPost(post(talk('A', 'Time: 1 – 2 p.m.')), { timeZone: 'Mars/Olympus' }))).toMatch(
      /unknown time zone "Mars\/Olympus"/,
    );
  });

  test('the year comes from the front matter date, or the file name, before the conference name', () => {
    const text = post(talk('A', 'Time: 1 – 2 p.m.'), {
      frontMatter: 'title: Parsl at SC\ndate: 2019-11-01',
      day: '## Tuesday, November 19',
    });
    expect(imported(text).sessions[0]?.start).toMatch(/^2019-11-19/);
    const noDate = post(talk('A', 'Time: 1 – 2 p.m.'), {
      frontMatter: 'title: Parsl at SC',
      day: '## Tuesday, November 19',
    });
    expect(imported(noDate, { fileName: '2024-10-30-parsl-sc.md' }).sessions[0]?.start).toMatch(/^2024-11-19/);
  });

  test('a post in December about a January event gets the next year', () => {
    const text = post(talk('A', 'Time: 1 – 2 p.m.'), {
      frontMatter: 'title: Winter school\ndate: 2024-12-10',
      day: '## Tuesday, January 14',
    });
    expect(imported(text).sessions[0]?.start).toMatch(/^2025-01-14/);
  });

  test('weekdays that disagree with the year are refused, saying the year is needed', () => {
    const text = post(talk('A', 'Time: 1 – 2 p.m.'), { frontMatter: 'title: Parsl at SC23' });
    expect(failure(importJekyllPost(text))).toMatch(/do not fall on those dates in 2023/);
    expect(importJekyllPost(text)).toMatchObject({ needs: ['year'] });
  });

  test('a post with no year anywhere fails, saying the year is needed', () => {
    const text = post(talk('A', 'Time: 1 – 2 p.m.'), { frontMatter: 'title: Parsl at the conference' });
    expect(failure(importJekyllPost(text))).toMatch(/cannot tell the year/);
    expect(importJekyllPost(text)).toMatchObject({ needs: ['year'] });
    expect(imported(text, { year: 2024 }).sessions[0]?.start).toMatch(/^2024-11-19/);
  });

  test('--year that contradicts a weekday is used, with a warning per heading', () => {
    const schedule = imported(post(talk('A', 'Time: 1 – 2 p.m.')), { year: 2025 });
    expect(schedule.sessions[0]?.start).toMatch(/^2025-11-19/);
    expect(schedule.diagnostics).toContainEqual({
      severity: 'warning',
      line: 7,
      message: expect.stringContaining('is not a Tuesday in 2025'),
    });
  });

  test('a post that says Standard Time about a summer session is warned about', () => {
    const text = post(talk('A', 'Time: 1 – 2 p.m.'), {
      frontMatter: 'title: Summit 2024',
      day: '## Wednesday, July 10',
    });
    const schedule = imported(text);
    expect(schedule.sessions[0]?.start).toBe('2024-07-10T13:00:00-04:00');
    expect(schedule.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringContaining('not on that offset on 2024-07-10'),
    );
  });

  test('a session across the fall-back hour is measured in real time', () => {
    const text = post(talk('Night', 'Time: 1 – 3 a.m.'), {
      frontMatter: 'title: Hack 2024',
      intro: 'Times in Eastern Time.',
      day: '## Sunday, November 3',
    });
    const [session] = imported(text).sessions;
    expect(session?.start).toBe('2024-11-03T01:00:00-04:00');
    expect(session?.end).toBe('2024-11-03T03:00:00-05:00');
    expect(Date.parse(session?.end ?? '') - Date.parse(session?.start ?? '')).toBe(3 * 3600_000);
  });
});

describe('input that is not an event post', () => {
  test('binary, empty, not UTF-8: one clear error', () => {
    expect(failure(importJekyllPost(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])))).toMatch(/binary file/);
    expect(failure(importJekyllPost(new Uint8Array([0xff, 0xfe, 0x41])))).toMatch(/not UTF-8/);
    expect(failure(importJekyllPost(''))).toMatch(/empty/);
    expect(failure(importJekyllPost('  \n\n'))).toMatch(/empty/);
  });

  test('a post without session headings', () => {
    expect(failure(importJekyllPost('---\ntitle: Hello\n---\n\nJust a blog post.\n'))).toMatch(/no session headings/);
  });

  test('a post whose sessions have no times', () => {
    const error = failure(importJekyllPost(post(talk('A', 'Event Type: Talk'))));
    expect(error).toMatch(/no session could be read: 1 session heading\(s\).*no Time field/);
  });
});

describe('damaged posts (property)', () => {
  const seedText = new TextDecoder().decode(seed);
  const seedLines = seedText.split('\n');

  type Edit =
    | { kind: 'delete'; at: number }
    | { kind: 'cut'; at: number; keep: number }
    | { kind: 'duplicate'; at: number }
    | { kind: 'shuffle-fields'; at: number; seed: number }
    | { kind: 'stray-html'; at: number; html: string }
    | { kind: 'swap'; at: number };

  const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), keep: fc.nat() }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('shuffle-fields' as const), at: fc.nat(), seed: fc.nat() }),
    fc.record({
      kind: fc.constant('stray-html' as const),
      at: fc.nat(),
      html: fc.constantFrom(
        '<div>',
        '</pre>',
        '<pre>',
        '<!--',
        '-->',
        '<b>',
        '</p>',
        '<script>x()</script>',
        '<a href="javascript:x()">',
        '<hr>',
        '<br/>',
      ),
    }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  );

  function applyEdits(lines: string[], edits: readonly Edit[]): string[] {
    const out = [...lines];
    for (const e of edits) {
      if (out.length === 0) break;
      const at = e.at % out.length;
      const line = out[at] ?? '';
      if (e.kind === 'delete') out.splice(at, 1);
      if (e.kind === 'cut') out[at] = line.slice(0, e.keep % (line.length + 1));
      if (e.kind === 'duplicate') out.splice(at, 0, line);
      if (e.kind === 'stray-html') out[at] = `${line}${e.html}`;
      if (e.kind === 'swap' && at + 1 < out.length) out.splice(at, 2, out[at + 1] ?? '', line);
      if (e.kind === 'shuffle-fields') {
        const fields = line.split('|');
        const rotated = fields.map((_, i) => fields[(i + e.seed) % fields.length] ?? '');
        out[at] = rotated.join('|');
      }
    }
    return out;
  }

  const lineEnding = fc.constantFrom('\n', '\r\n', '\r');

  test('never throw, never give a session that does not end after it starts, never lose a session without a diagnostic', () => {
    fc.assert(
      fc.property(
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.array(lineEnding, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (edits, endings, repaired) => {
          const base = repaired ? repairByHand(seedText).split('\n') : seedLines;
          const edited = applyEdits(base, edits);
          const text = edited.map((line, i) => `${line}${endings[i % endings.length] ?? '\n'}`).join('');
          // Lines as any reader counts them: "\r\n", "\r" and "\n" each end one.
          const lines = text.split(/\r\n|\r|\n/);
          const result = importJekyllPost(text, { fileName: 'parsl-sc24.md' });
          const diagnostics = result.ok ? result.schedule.diagnostics : result.diagnostics;
          const sessionHeadings = lines.flatMap((line, i) => (/^ {0,3}###\s+\S/.test(line) ? [i + 1] : []));
          if (result.ok) {
            for (const session of result.schedule.sessions)
              expect(Date.parse(session.end)).toBeGreaterThan(Date.parse(session.start));
            // Every session heading became a session or has an error diagnostic on its own or its fields' line.
            const imported = new Set(result.sessionLines.map((s) => s.line));
            for (const line of sessionHeadings) {
              if (imported.has(line)) continue;
              const next = sessionHeadings.find((other) => other > line) ?? Number.POSITIVE_INFINITY;
              const explained = diagnostics.some(
                (d) => d.severity === 'error' && d.line !== undefined && d.line >= line && d.line < next,
              );
              expect(explained, `session heading on line ${line} has no diagnostic`).toBe(true);
            }
          } else {
            expect(result.error).not.toBe('');
            expect(result.error).not.toContain('\n');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('the damaged encoding survives any line ending and still repairs', () => {
    fc.assert(
      fc.property(lineEnding, (ending) => {
        const schedule = imported(seedText.split('\n').join(ending), { fileName: 'parsl-sc24.md' });
        expect(schedule.sessions).toHaveLength(7);
      }),
    );
  });

  test('a post damaged twice over is repaired once and reported', () => {
    const twice = damageAsMacRoman(seedText);
    const result = importJekyllPost(twice, { fileName: 'parsl-sc24.md' });
    // One layer is undone; the second layer of damage stays visible rather than being guessed at: the
    // fields read "‚Äì" (damaged once), not "‚Äö√Ñ√¨" (twice), and so no time can be read.
    expect(result.ok).toBe(false);
    const diagnostics = result.ok ? [] : result.diagnostics;
    expect(diagnostics[0]?.message).toMatch(/^the text was damaged .*; repaired$/);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('Time: 11:21 ‚Äì 11:44 a.m."') }),
    );
    expect(diagnostics.some((d) => d.message.includes('‚Äö√Ñ√¨'))).toBe(false);
  });
});

test('text that belongs to no session (a lost "###" heading) is reported once per day', () => {
  const schedule = imported(
    post(`<pre>Time: 1 – 2 p.m. | Event Type: Talk</pre>\n\nOrphan text.\n\n${talk('Fine', 'Time: 3 – 4 p.m.')}`),
  );
  expect(schedule.sessions.map((s) => s.title)).toEqual(['Fine']);
  expect(schedule.diagnostics.filter((d) => d.message.includes('outside any session'))).toEqual([
    { severity: 'warning', line: 9, message: expect.stringContaining('not under a "### Title" heading') },
    // Its Time line is the trace of a session: named as one that was not imported.
    {
      severity: 'error',
      line: 9,
      message: expect.stringMatching(/a Time line \("Time: 1 – 2 p\.m\."\).*not imported/),
    },
  ]);
});
