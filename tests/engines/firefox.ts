/** Firefox ESR (Debian's), driven by puppeteer-core over WebDriver BiDi: no browser download, no geckodriver. */
import puppeteer from 'puppeteer-core';
import type { EngineDriver } from './scenario';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function firefoxDriver(): Promise<{ driver: EngineDriver; close: () => Promise<void> }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // A desktop window; the page's own layout is tested in Chromium at phone and desktop sizes.
    defaultViewport: { width: 1280, height: 800 },
  });
  const page = await browser.newPage();
  const element = async (xpath: string) => {
    const found = await page.waitForSelector(`::-p-xpath(${xpath})`, { timeout: 15_000 });
    if (!found) throw new Error(`firefox: nothing at ${xpath}`);
    return found;
  };
  const driver: EngineDriver = {
    name: 'Firefox ESR',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    click: async (xpath) => {
      await (await element(xpath)).click();
    },
    upload: async (path) => {
      const input = await page.waitForSelector('input[type="file"]', { timeout: 15_000 });
      if (!input) throw new Error('firefox: no file input');
      // What choosing a file sets (BiDi's input.setFiles).
      await input.uploadFile(path);
    },
    evaluate: (script): Promise<unknown> => page.evaluate(`(async () => { ${script} })()`),
  };
  return { driver, close: () => browser.close() };
}
