import { expect, test } from 'vitest';
import { roomWord } from './room';

test('a room is called a room once: "Room B302", never "Room PythonAnywhere Room"', () => {
  const label = (name: string) => `${roomWord(name)}${name}`;
  expect(label('B302')).toBe('Room B302');
  expect(label('PythonAnywhere Room')).toBe('PythonAnywhere Room');
  expect(label('Room 4')).toBe('Room 4');
  expect(label('Raum 3')).toBe('Raum 3');
  expect(label('Ballroom A')).toBe('Room Ballroom A');
  expect(label('Mushroom Stage')).toBe('Room Mushroom Stage');
});
