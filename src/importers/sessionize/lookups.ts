/**
 * What a Sessionize "All" export's sessions refer to by id: rooms, speakers and category items. Categories
 * carry what other formats have as fields: the session format is the type, and track, level and language
 * are categories by those names.
 */
import { plainText } from '../core/html-text';
import { isRecord, list, str } from '../core/json';

export type CategoryRole = 'type' | 'track' | 'level' | 'language';

function roleOf(title: string): CategoryRole | undefined {
  if (/format|type|kind/i.test(title)) return 'type';
  if (/track|topic|theme/i.test(title)) return 'track';
  if (/level|audience|experience/i.test(title)) return 'level';
  if (/language/i.test(title)) return 'language';
  return undefined;
}

export interface CategoryItem {
  readonly role: CategoryRole | undefined;
  readonly group: string;
  readonly name: string;
}

export interface Lookups {
  readonly rooms: ReadonlyMap<string, string>;
  readonly speakers: ReadonlyMap<string, string>;
  readonly categoryItems: ReadonlyMap<string, CategoryItem>;
  /** The ids of the category groups, which stay the same across the event's updates. */
  readonly groupIds: readonly string[];
}

/** Names by id; an empty name counts as one only where `keepEmpty` (a room named "" is a room without a name). */
function namesById(
  values: unknown,
  nameOf: (value: Record<string, unknown>) => string | undefined,
  keepEmpty: boolean,
) {
  const names = new Map<string, string>();
  for (const value of list(values)) {
    if (!isRecord(value)) continue;
    const id = str(value.id);
    const name = nameOf(value);
    if (id !== undefined && name !== undefined && (keepEmpty || name !== '')) names.set(id, plainText(name).trim());
  }
  return names;
}

export function readLookups(document: Record<string, unknown>): Lookups {
  const rooms = namesById(document.rooms, (room) => str(room.name), true);
  const speakers = namesById(
    document.speakers,
    (speaker) => str(speaker.fullName) ?? [str(speaker.firstName), str(speaker.lastName)].filter(Boolean).join(' '),
    false,
  );
  const categoryItems = new Map<string, CategoryItem>();
  const groupIds: string[] = [];
  for (const category of list(document.categories)) {
    if (!isRecord(category)) continue;
    const group = plainText(str(category.title) ?? '').trim();
    const groupId = str(category.id);
    if (groupId !== undefined) groupIds.push(groupId);
    for (const item of list(category.items)) {
      const id = isRecord(item) ? str(item.id) : undefined;
      const name = isRecord(item) ? str(item.name) : undefined;
      if (id !== undefined && name !== undefined)
        categoryItems.set(id, { role: roleOf(group), group, name: plainText(name).trim() });
    }
  }
  return { rooms, speakers, categoryItems, groupIds };
}
