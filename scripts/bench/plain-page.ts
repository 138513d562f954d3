/**
 * The benchmark's yardstick: the same sessions as a plain page with no framework. Its script fetches the
 * same schedule.json and sets one innerHTML of every card (day headings, title, star button, time with
 * its zone, type, room, people, description, calendar links), as a hand-written static page would show
 * them. Itinerary is measured against it in the same run, so the ratio survives a noisy machine.
 */
export function plainPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plain page</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem}
article{border:1px solid #ccc;border-radius:8px;padding:.5rem 1rem;margin:.5rem 0}</style></head>
<body><main id="list">Loading…</main>
<script>
const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
fetch('./schedule.json').then((response) => response.json()).then((schedule) => {
  const zone = schedule.conference.timeZone;
  const day = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'long', month: 'long', day: 'numeric' });
  const time = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
  const sessions = [...schedule.sessions].sort((a, b) => a.start.localeCompare(b.start));
  let html = '';
  let heading = '';
  for (const s of sessions) {
    const start = new Date(s.start);
    const end = new Date(s.end);
    const label = day.format(start);
    if (label !== heading) { heading = label; html += '<h2>' + escape(label) + '</h2>'; }
    html += '<article><h3>' + escape(s.title) + '</h3><button type="button" aria-pressed="false">☆ Star</button>'
      + '<p><time datetime="' + s.start + '">' + time.format(start) + ' – ' + time.format(end) + '</time></p>'
      + '<p><span>' + escape(s.type) + '</span> ' + (s.room ? '<span>Room ' + escape(s.room.name) + '</span> ' : '')
      + '<span>' + escape(s.people.join('; ')) + '</span></p>'
      + '<div><p>' + escape(s.description) + '</p></div>'
      + '<p>Add to calendar: <a href="#">.ics file</a> <a href="#">Google Calendar</a></p></article>';
  }
  document.getElementById('list').innerHTML = html;
});
</script></body></html>
`;
}
