/**
 * The schedule the app opens with is data, not code: it is served as `schedule.json` beside index.html
 * (emitted into the build, served by the dev server), and index.html preloads it so that its download
 * runs alongside the scripts'. A 10,000-session schedule compiled into the entry chunk was megabytes of
 * JavaScript to parse before anything showed.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export const SCHEDULE_FILE = 'schedule.json';

export function bundledSchedule(path: string): Plugin {
  return {
    name: 'itinerary-bundled-schedule',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (!url.pathname.endsWith(`/${SCHEDULE_FILE}`)) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'application/json');
        response.end(readFileSync(path));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SCHEDULE_FILE, source: readFileSync(path) });
    },
    transformIndexHtml() {
      return [
        {
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: `./${SCHEDULE_FILE}`,
            as: 'fetch',
            type: 'application/json',
            crossorigin: 'anonymous',
          },
          injectTo: 'head',
        },
      ];
    },
  };
}
