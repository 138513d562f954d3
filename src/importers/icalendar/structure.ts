/**
 * The nesting of an iCalendar file's components, mended before ical.js reads it. ical.js closes whatever
 * component is open at any END line, whatever it names, and refuses the whole file when one is never
 * closed: one END:VEVENT moved up ends the calendar after the first event (81 of 82 events gone, no word),
 * one missing END:VEVENT nests every later event inside it. Here each END closes the component it names,
 * an event that begins inside another event ends the first one, an END that closes nothing is ignored,
 * and what is still open at the end of the file is closed there; each mend is named with its line.
 */
export interface StructureNote {
  /** 1-based line of the file. */
  readonly line: number;
  readonly message: string;
}

export interface MendedStructure {
  /** The text to read: the file's own when nothing needed mending. */
  readonly text: string;
  readonly notes: readonly StructureNote[];
}

/** Components that hold one item of the calendar and never one another (RFC 5545 §3.6). */
const ITEMS = new Set(['VEVENT', 'VTODO', 'VJOURNAL', 'VFREEBUSY', 'VTIMEZONE']);

const WORDS: Readonly<Record<string, string>> = {
  VEVENT: 'event',
  VTODO: 'to-do',
  VJOURNAL: 'journal entry',
  VCALENDAR: 'calendar',
  VTIMEZONE: 'time zone',
  VALARM: 'alarm',
};

const named = (name: string) => WORDS[name] ?? name;

interface Open {
  readonly name: string;
  readonly line: number;
  /** Its SUMMARY, once read, to name an event as a person would. */
  summary?: string;
}

const describe = (open: Open) =>
  `the ${named(open.name)}${open.summary === undefined ? '' : ` "${open.summary.slice(0, 80)}"`} that begins at line ${String(open.line)}`;

export function mendStructure(text: string): MendedStructure {
  const lines = text.split(/\r?\n/);
  const notes: StructureNote[] = [];
  const out: string[] = [];
  const stack: Open[] = [];
  /** Closes the open components from `index` up, saying why for each. */
  const closeDownTo = (index: number, why: (open: Open) => string) => {
    while (stack.length > index) {
      const open = stack.pop();
      if (!open) break;
      out.push(`END:${open.name}`);
      notes.push({ line: open.line, message: why(open) });
    }
  };
  lines.forEach((raw, index) => {
    const line = index + 1;
    const marker = /^(BEGIN|END):([A-Za-z0-9-]+)[ \t]*$/.exec(raw);
    const top = stack[stack.length - 1];
    if (!marker) {
      if (top && top.summary === undefined && /^SUMMARY[;:]/i.test(raw)) {
        top.summary = raw.slice(raw.indexOf(':') + 1).trim();
      }
      out.push(raw);
      return;
    }
    const name = (marker[2] ?? '').toUpperCase();
    if ((marker[1] ?? '').toUpperCase() === 'BEGIN') {
      if (ITEMS.has(name)) {
        // An item inside an item: the one open has lost its END (or had it moved away); it ends here.
        const holder = stack.findIndex((open) => ITEMS.has(open.name));
        if (holder >= 0) {
          closeDownTo(
            holder,
            (open) =>
              `${describe(open)} is not closed before the ${named(name)} at line ${String(line)}; it ends there`,
          );
        }
      }
      stack.push({ name, line });
      out.push(raw);
      return;
    }
    const at = stack.map((open) => open.name).lastIndexOf(name);
    if (at < 0) {
      notes.push({ line, message: `line ${String(line)}: END:${name} closes nothing that is open; ignored` });
      return;
    }
    closeDownTo(
      at + 1,
      (open) => `${describe(open)} is not closed before END:${name} at line ${String(line)}; it ends there`,
    );
    stack.pop();
    out.push(raw);
  });
  closeDownTo(0, (open) => `${describe(open)} is never closed; it ends with the file`);
  return notes.length > 0 ? { text: out.join('\r\n'), notes } : { text, notes };
}
