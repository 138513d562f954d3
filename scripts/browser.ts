/** Shared by the screenshot and benchmark scripts: the built app on a local port, and Debian's Chromium. */
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export interface Running {
  readonly url: string;
  readonly browser: Browser;
  readonly close: () => Promise<void>;
}

/** Serves dist/ (run `npm run build` first) and launches Chromium. */
export async function startBuiltApp(port: number): Promise<Running> {
  const server: PreviewServer = await preview({
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
