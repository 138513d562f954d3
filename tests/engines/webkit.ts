/**
 * WebKitGTK, the engine behind Safari: Debian's WebKitWebDriver driving its MiniBrowser, through
 * selenium-webdriver. It needs a display: run under xvfb-run (scripts/engines.ts does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Builder, By, until, type WebDriver } from 'selenium-webdriver';
import type { EngineDriver } from './scenario';
import { freePort } from '../../scripts/free-port';

export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

async function startService(): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const service = spawn(WEBKIT_DRIVER_PATH, [`--port=${String(port)}`, '--host=127.0.0.1'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${String(port)}`;
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await fetch(`${url}/status`)).ok) return { url, process: service };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  service.kill();
  throw new Error('WebKitWebDriver did not start');
}

export async function webkitDriver(): Promise<{ driver: EngineDriver; close: () => Promise<void> }> {
  const service = await startService();
  let session: WebDriver;
  try {
    session = await new Builder()
      .usingServer(service.url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      })
      .build();
  } catch (error) {
    service.process.kill();
    throw error;
  }
  await session.manage().window().setRect({ width: 1280, height: 800 });
  const element = (xpath: string) => session.wait(until.elementLocated(By.xpath(xpath)), 15_000);
  const driver: EngineDriver = {
    name: 'WebKitGTK',
    goto: async (url) => {
      await session.get(url);
    },
    reload: async () => {
      await session.navigate().refresh();
    },
    click: async (xpath) => {
      const found = await element(xpath);
      await session.executeScript('arguments[0].scrollIntoView({ block: "center" });', found);
      await found.click();
    },
    upload: async (path) => {
      await (await session.wait(until.elementLocated(By.css('input[type="file"]')), 15_000)).sendKeys(path);
    },
    evaluate: <T>(script: string) =>
      session.executeAsyncScript<T>(
        `const done = arguments[arguments.length - 1]; Promise.resolve((async () => { ${script} })()).then(done, (error) => done(null));`,
      ),
  };
  return {
    driver,
    close: async () => {
      await session.quit().catch(() => undefined);
      service.process.kill();
    },
  };
}
