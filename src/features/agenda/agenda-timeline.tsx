/**
 * My agenda as a timeline of each day: sessions placed by time (1 px a minute and a half), those that
 * overlap side by side, drop-ins as a band behind them, free time as empty space. The blocks come in the
 * list's order, so keyboard and screen readers meet them as in the list.
 */
import type { CSSProperties } from 'react';
import type { AgendaDay, AgendaItem } from '../../schedule/agenda';
import { layOutDay } from '../../schedule/timeline';
import { formatDayHeading, formatTimeRange } from '../../schedule/time-format';
import type { SessionId } from '../../schedule/types';
import { MaybeButton } from '../../session/maybe-button';
import { useClock } from '../../session/display';

const PX_PER_MINUTE = 1.5;

export function AgendaTimeline({
  days,
  zone,
  currentIds,
}: {
  days: readonly AgendaDay[];
  zone: string;
  currentIds: ReadonlySet<SessionId>;
}) {
  const clock = useClock();
  return (
    <div className="timeline-days">
      {days.map((day) => {
        const items = new Map<SessionId, AgendaItem & { kind: 'session' }>();
        for (const item of day.items) if (item.kind === 'session') items.set(item.session.id, item);
        const laid = layOutDay(
          [...items.values()].map((item) => item.session),
          zone,
          clock,
        );
        if (!laid) return null;
        return (
          <section key={day.date} aria-labelledby={`timeline-${day.date}`}>
            <h2 id={`timeline-${day.date}`}>{formatDayHeading(day.date, clock)}</h2>
            <div className="timeline" style={{ height: `${String(laid.minutes * PX_PER_MINUTE)}px` }}>
              {laid.hours.map((hour) => (
                <span
                  key={hour.top}
                  className="timeline-hour"
                  aria-hidden="true"
                  style={{ top: `${String(hour.top * PX_PER_MINUTE)}px` }}
                >
                  {hour.clock}
                  {hour.label === null ? null : <span className="timeline-zone">{hour.label}</span>}
                </span>
              ))}
              {laid.blocks.map((block) => {
                const { session } = block;
                const item = items.get(session.id);
                const maybe = item?.maybe ?? false;
                const style: CSSProperties = {
                  top: `${String(block.top * PX_PER_MINUTE)}px`,
                  '--height': `${String(block.minutes * PX_PER_MINUTE)}px`,
                  left: `calc(var(--axis) + (100% - var(--axis)) * ${String(block.column / block.columns)})`,
                  width: `calc((100% - var(--axis)) / ${String(block.columns)} - 4px)`,
                };
                const classes = ['timeline-block'];
                if (block.dropIn) classes.push('drop-in-band');
                if (currentIds.has(session.id)) classes.push('current');
                if (maybe) classes.push('maybe');
                return (
                  <article
                    key={session.id}
                    id={`session-${session.id}`}
                    tabIndex={-1}
                    className={classes.join(' ')}
                    style={style}
                    aria-labelledby={`timeline-title-${session.id}`}
                  >
                    <h3 id={`timeline-title-${session.id}`}>{session.title}</h3>
                    <p>
                      {formatTimeRange(new Date(session.start), new Date(session.end), zone, clock)}
                      {session.room ? ` · ${session.room.name}` : ''}
                      {block.dropIn ? ' · drop in any time' : ''}
                      {maybe ? ' · maybe' : ''}
                    </p>
                    {item && (item.overlaps.length > 0 || maybe) ? (
                      <MaybeButton id={session.id} pressed={maybe} titleId={`timeline-title-${session.id}`} />
                    ) : null}
                  </article>
                );
              })}
            </div>
          </section>
        );
      })}
    </div>
  );
}
