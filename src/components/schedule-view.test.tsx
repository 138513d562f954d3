// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { ScheduleView } from './schedule-view';
import { ScheduleError } from './schedule-error';
import { validateSchedule } from '../schedule/validate';
import type { Schedule } from '../schedule/types';
import generated from '../data/parsl-sc24.json';

afterEach(cleanup);

function bundled(): Schedule {
  const result = validateSchedule(generated);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.schedule;
}

test('each session is an article named by its title, under its day heading', () => {
  render(<ScheduleView schedule={bundled()} />);
  expect(screen.getAllByRole('article')).toHaveLength(7);
  const tuesday = screen.getByRole('region', { name: 'Tuesday, November 19' });
  expect(
    within(tuesday)
      .getAllByRole('article')
      .map((article) => article.getAttribute('aria-labelledby')),
  ).toEqual([
    'session-2024-11-19-seesaw-elastic-scaling-for-task-based-distributed-programs',
    'session-bof181',
    'session-bof206',
  ]);
  const bof = screen.getByRole('article', { name: /^Making Sense of the Chaos/ });
  expect(bof.textContent).toContain('5:15 – 6:45 PM EST');
  expect(bof.textContent).toContain('BOF');
  expect(bof.textContent).toContain('Room B210');
});

test('the header names the conference, its dates, place and zone, and links the program safely', () => {
  render(<ScheduleView schedule={bundled()} />);
  expect(screen.getByRole('heading', { level: 1, name: 'Parsl at SC24' })).toBeTruthy();
  expect(screen.getByText('November 17–22, 2024 · Atlanta, GA')).toBeTruthy();
  expect(screen.getByText('America/New York')).toBeTruthy();
  const program = screen.getByRole('link', { name: 'Full conference program' });
  expect(program.getAttribute('href')).toBe('https://sc24.conference-program.com/');
  expect(program.getAttribute('rel')).toBe('noopener noreferrer');
});

test('a damaged schedule shows what is wrong instead of a blank page', () => {
  const result = validateSchedule({ formatVersion: 1, conference: {}, sessions: 'none', diagnostics: [] });
  expect(result.ok).toBe(false);
  render(<ScheduleError errors={result.ok ? [] : result.errors} />);
  const alert = screen.getByRole('alert');
  expect(alert.textContent).toContain('sessions: expected a list');
  expect(screen.getByRole('heading', { level: 1, name: 'This schedule cannot be shown' })).toBeTruthy();
});
