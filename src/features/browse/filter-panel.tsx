import { useId } from 'react';
import { formatDayHeading } from '../../schedule/time-format';
import type { FilterCounts, FilterOptions, Filters } from '../../schedule/filter';
import type { Session } from '../../schedule/types';
import { StarFilters } from './star-counts';
import { useClock } from '../../session/display';

interface FilterPanelProps {
  readonly id: string;
  /** The search box is here on a wide screen (a phone has it above the list). */
  readonly withSearch: boolean;
  /** On a narrow screen the panel shows only when opened; a wide screen always shows it. */
  readonly open: boolean;
  readonly filters: Filters;
  readonly options: FilterOptions;
  readonly counts: FilterCounts;
  /** Sessions that pass every filter but "starred only": the ones its count is about. */
  readonly starCandidates: readonly Session[];
  /** Sessions that pass every filter but "Fits my free time". */
  readonly freeCandidates: readonly Session[];
  /** Every session of the schedule. */
  readonly sessions: readonly Session[];
  readonly onChange: (next: Filters, options?: { replace?: boolean }) => void;
  readonly onClear: () => void;
  readonly active: boolean;
}

function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((other) => other !== value) : [...values, value];
}

function OptionGroup({
  legend,
  values,
  selected,
  counts,
  label,
  onToggle,
}: {
  legend: string;
  values: readonly string[];
  selected: readonly string[];
  counts: ReadonlyMap<string, number>;
  label: (value: string) => string;
  onToggle: (value: string) => void;
}) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className="check">
          <input
            type="checkbox"
            checked={selected.includes(value)}
            onChange={() => {
              onToggle(value);
            }}
          />{' '}
          {label(value)} <span className="count">({counts.get(value) ?? 0})</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The search box: in the side panel on a wide screen, above the list on a phone. */
export function SearchBox({
  className,
  labelHidden = false,
  filters,
  onChange,
}: {
  className: string;
  /** Above a phone's list the placeholder shows what it is for; the label still names it. */
  labelHidden?: boolean;
  filters: Filters;
  onChange: (next: Filters, options?: { replace?: boolean }) => void;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        Search sessions
      </label>
      <input
        id={id}
        type="search"
        value={filters.query}
        placeholder={labelHidden ? 'Search sessions…' : 'Title, speaker, room, topic…'}
        onChange={(event) => {
          // One history entry per search, not per keystroke.
          onChange({ ...filters, query: event.target.value }, { replace: filters.query !== '' });
        }}
      />
    </div>
  );
}

/** Re-renders on its own when a star changes, so the panel and the list do not. */
export function FilterPanel({
  id,
  withSearch,
  open,
  filters,
  options,
  counts,
  starCandidates,
  freeCandidates,
  sessions,
  onChange,
  onClear,
  active,
}: FilterPanelProps) {
  const clock = useClock();
  return (
    <section id={id} className={open ? 'filters open' : 'filters'} aria-label="Filters">
      {withSearch ? <SearchBox className="search" filters={filters} onChange={onChange} /> : null}
      <OptionGroup
        legend="Day"
        values={options.days}
        selected={filters.days}
        counts={counts.days}
        label={(day) => formatDayHeading(day, clock)}
        onToggle={(day) => {
          onChange({ ...filters, days: toggled(filters.days, day) });
        }}
      />
      <OptionGroup
        legend="Type"
        values={options.types}
        selected={filters.types}
        counts={counts.types}
        label={(type) => type}
        onToggle={(type) => {
          onChange({ ...filters, types: toggled(filters.types, type) });
        }}
      />
      {options.rooms.length > 0 ? (
        <OptionGroup
          legend="Room"
          values={options.rooms}
          selected={filters.rooms}
          counts={counts.rooms}
          label={(room) => room}
          onToggle={(room) => {
            onChange({ ...filters, rooms: toggled(filters.rooms, room) });
          }}
        />
      ) : null}
      <StarFilters
        filters={filters}
        onChange={onChange}
        sessions={sessions}
        starCandidates={starCandidates}
        freeCandidates={freeCandidates}
      />
      <button type="button" className="secondary" onClick={onClear} disabled={!active}>
        Clear filters
      </button>
    </section>
  );
}
