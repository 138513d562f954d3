import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadDefaultSchedule } from './app/default-schedule';
import { startServiceWorker } from './app/service-worker';
import { AppStatusBar } from './app/app-status';
import { followPageScroll } from './components/use-url-query';
import './app/app.css';

// The schedule's download (preloaded by index.html) is read while React starts.
const bundled = loadDefaultSchedule();
startServiceWorker();
// Scroll positions are put back by the app once a view has rendered (src/components/use-url-query.ts).
window.history.scrollRestoration = 'manual';
followPageScroll();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App bundled={bundled} />
    <AppStatusBar />
  </StrictMode>,
);
