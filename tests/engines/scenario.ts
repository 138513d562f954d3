/**
 * One attendee's visit, the same in every engine (issue 16): open, star, reload, My agenda, zone switch,
 * the agenda as an .ics file, open a real file, kept after a reload, and a reload offline. Written
 * against a small driver interface that Firefox (puppeteer-core over WebDriver BiDi) and WebKitGTK
 * (selenium-webdriver and WebKitWebDriver) both provide; elements are found by XPath over roles' markup.
 */
export interface EngineDriver {
  readonly name: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Clicks the first element the XPath finds, as a user would (the driver's own click). */
  click(xpath: string): Promise<void>;
  /** Gives the page's file input ("Open a schedule") a file from this machine. */
  upload(path: string): Promise<void>;
  /** Runs `script` (an async function's body) in the page and returns its value. */
  evaluate(script: string): Promise<unknown>;
}

export interface Step {
  readonly name: string;
  readonly ms: number;
  readonly skipped?: string;
}

const literal = (text: string) => JSON.stringify(text);

/** Polls the page until `script` returns true. */
async function until(driver: EngineDriver, what: string, script: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    let value: unknown = false;
    try {
      value = await driver.evaluate(script);
    } catch {
      // A page in the middle of loading: ask again.
    }
    if (value === true) return;
    if (Date.now() - started > timeoutMs) {
      const seenThen = await driver
        .evaluate(`return location.href + ' · ' + document.body.innerText.replace(/\\s+/g, ' ').slice(0, 400);`)
        .catch(() => 'the page cannot be read');
      throw new Error(`${driver.name}: timed out waiting for ${what}; the page: ${String(seenThen)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An expression: how many elements the XPath finds. */
const xpathCount = (xpath: string) =>
  `document.evaluate(${literal(`count(${xpath})`)}, document, null, XPathResult.NUMBER_TYPE, null).numberValue`;
const xpathText = (xpath: string) =>
  `const node = document.evaluate(${literal(xpath)}, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue; return node ? node.textContent : null;`;

const heading = (title: string) => `//h1[normalize-space()=${literal(title)}]`;
const STAR_OFF = "//button[@class='star' and @aria-pressed='false']";

export interface ScenarioInput {
  readonly origin: string;
  /** A real conference's file, with the title its heading shows once opened. */
  readonly realFile: { readonly path: string; readonly title: string };
  /** Stops the server: the next reload is offline. */
  readonly goOffline: () => Promise<void>;
}

export async function attendeeScenario(driver: EngineDriver, input: ScenarioInput): Promise<Step[]> {
  const steps: Step[] = [];
  /** `run` returns why the step was skipped, if it was. */
  const step = async (name: string, run: () => Promise<string | undefined>) => {
    const started = Date.now();
    const skipped = await run();
    steps.push({ name, ms: Date.now() - started, ...(skipped === undefined ? {} : { skipped }) });
  };
  // After a reload the app puts the scroll position back over a few frames: a driver's click aimed before
  // that lands where the element was. Each click waits until the page has stopped moving.
  const settled = () =>
    until(
      driver,
      'the page to stop scrolling',
      `const first = window.scrollY; await new Promise((resolve) => setTimeout(resolve, 300)); return window.scrollY === first && document.readyState === 'complete';`,
    );
  const click = async (xpath: string) => {
    await settled();
    await driver.click(xpath);
  };
  const seen = (xpath: string, what: string, timeoutMs?: number) =>
    until(driver, what, `return ${xpathCount(xpath)} > 0;`, timeoutMs);

  let starLabel = '';
  await step('open the app', async () => {
    await driver.goto(input.origin);
    await seen(heading('Parsl at SC24'), 'the Parsl heading', 30_000);
  });
  await step('star a session', async () => {
    const label = await driver.evaluate(
      `const node = document.evaluate(${literal(STAR_OFF)}, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue; return node ? node.getAttribute('aria-label') : null;`,
    );
    if (typeof label !== 'string') throw new Error(`${driver.name}: no star button`);
    starLabel = label;
    await click(`${STAR_OFF}[@aria-label=${literal(starLabel)}]`);
    await seen(`//button[@aria-label=${literal(starLabel)} and @aria-pressed='true']`, 'the star pressed');
  });
  await step('the star survives a reload', async () => {
    await driver.reload();
    await seen(`//button[@aria-label=${literal(starLabel)} and @aria-pressed='true']`, 'the star after a reload');
  });
  await step('My agenda', async () => {
    await click("//a[@href='?view=agenda']");
    await until(driver, 'one session in My agenda', `return ${xpathCount('//article')} === 1;`);
    const title = starLabel.replace(/^Star /, '');
    await seen(`//article//h3[normalize-space()=${literal(title)}]`, 'the starred session in My agenda');
  });
  await step('switch the zone', async () => {
    const before = await driver.evaluate(xpathText('//article'));
    await click("//fieldset[contains(@class,'zone-switch')]//input[@type='radio' and not(@checked)]");
    await until(
      driver,
      'the times in the other zone',
      `const node = document.evaluate('//article', document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue; return node !== null && node.textContent !== ${literal(typeof before === 'string' ? before : '')};`,
    );
  });
  await step('download the agenda as .ics', async () => {
    // The file the page hands the browser's download, read where it is made (drivers differ in downloads).
    await driver.evaluate(
      `window.__ics = null; const make = URL.createObjectURL; URL.createObjectURL = (blob) => { void blob.text().then((text) => { window.__ics = text; }); return make.call(URL, blob); }; return null;`,
    );
    await click("//button[contains(., 'Download calendar (.ics)')]");
    const title = starLabel.replace(/^Star /, '').slice(0, 30);
    await until(
      driver,
      'the calendar file',
      `const text = window.__ics; return typeof text === 'string' && text.startsWith('BEGIN:VCALENDAR') && text.replace(/\\r\\n[ \\t]/g, '').includes(${literal(title)});`,
    );
  });
  await step('open a real schedule file', async () => {
    await driver.goto(input.origin);
    await seen(heading('Parsl at SC24'), 'the Parsl heading');
    await driver.upload(input.realFile.path);
    await seen(heading(input.realFile.title), `the heading ${input.realFile.title}`, 60_000);
  });
  await step('the opened schedule is kept after a reload', async () => {
    // Kept in IndexedDB once written: a reload at once may come before the write, so wait for the record.
    await until(
      driver,
      'the schedule kept in IndexedDB',
      `return (indexedDB.databases ? indexedDB.databases() : Promise.resolve([{ name: 'itinerary-conferences' }])).then((list) => list.some((d) => d.name === 'itinerary-conferences'));`,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await driver.reload();
    await seen(heading(input.realFile.title), `the heading ${input.realFile.title} after a reload`, 30_000);
  });
  await step('a reload offline', async () => {
    const controlled = await driver.evaluate(
      `if (!('serviceWorker' in navigator)) return null; return navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null);`,
    );
    if (typeof controlled !== 'boolean') return 'this engine, as driven here, offers no service worker';
    if (!controlled) {
      await driver.reload();
      await seen(heading(input.realFile.title), 'the heading under the service worker', 30_000);
    }
    await input.goOffline();
    await driver.reload();
    await seen(heading(input.realFile.title), `the heading ${input.realFile.title} offline`, 30_000);
    await seen(`//article`, 'sessions offline');
    return undefined;
  });
  return steps;
}
