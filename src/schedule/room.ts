/** "Room " before a room's name, unless the name says so already ("PythonAnywhere Room", "Raum 3"). */
export function roomWord(name: string): string {
  return /\b(?:room|raum)\b/i.test(name) ? '' : 'Room ';
}
