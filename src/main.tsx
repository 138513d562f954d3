import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { Part } from './ui/part';
import { loadDefaultSchedule } from './app/default-schedule';
import { startServiceWorker } from './app/service-worker';
import { AppStatusBar } from './app/app-status';
import { clockStyleOf } from './schedule/time-format';
import { ClockContext } from './session/display';
import { followPageScroll } from './navigation/scroll-memory';
import './app/app.css';

// The schedule's download (preloaded by index.html) is read while React starts.
const bundled = loadDefaultSchedule();
startServiceWorker();
// Scroll positions are put back by the app once a view has rendered (src/navigation/scroll-memory.ts).
window.history.scrollRestoration = 'manual';
followPageScroll();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    {/* Times follow the browser's clock (17:15 in Germany, 5:15 PM in the US); the words stay English. */}
    <ClockContext value={clockStyleOf(navigator.language)}>
      <Part>
        <App bundled={bundled} />
      </Part>
    </ClockContext>
    <AppStatusBar />
  </StrictMode>,
);
