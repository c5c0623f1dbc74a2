import { chromium, type Browser, type Page } from 'playwright-core';

// The one adapter to a browser: Debian's chromium, headless, launched through playwright-core (never a
// downloaded browser). Callers launch once and print many documents with it.

export const CHROMIUM_PATH = '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export type { Browser };

export async function launchChromium(executablePath = process.env.YUSUAN_CHROMIUM ?? CHROMIUM_PATH): Promise<Browser> {
  return chromium.launch({ executablePath, args: ARGS, headless: true });
}

/** A page showing `html`, with no network: everything the document needs is inline. */
export async function openHtml(browser: Browser, html: string, viewport = { width: 1240, height: 1754 }): Promise<Page> {
  const page = await browser.newPage({ viewport, javaScriptEnabled: false });
  await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

/**
 * One browser page that prints documents in turn (a layout pass, then the final print). Pages are kept
 * per browser and handed out again: opening one (a fresh browser context) costs about half a second,
 * a tenth of printing a department's disclosure. A page is used by one session at a time.
 */
export class PrintSession {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  static async open(browser: Browser): Promise<PrintSession> {
    const idle = IDLE.get(browser);
    let page = idle?.pop();
    while (page && page.isClosed()) page = idle?.pop();
    if (!page) {
      page = await browser.newPage({ javaScriptEnabled: false });
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    }
    return new PrintSession(browser, page);
  }

  /** Print HTML to PDF with the document's own @page sizes (A4 portrait and landscape). */
  async print(html: string): Promise<Uint8Array> {
    await this.page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await this.page.pdf({ preferCSSPageSize: true, printBackground: true }));
  }

  /** The page goes back to the browser's idle pages (a few are kept; the rest are closed). */
  async close(): Promise<void> {
    const idle = IDLE.get(this.browser) ?? [];
    IDLE.set(this.browser, idle);
    if (this.page.isClosed() || !this.browser.isConnected()) return;
    if (idle.length >= MAX_IDLE) {
      await this.page.close();
      return;
    }
    // The last document is dropped, not kept in memory while the page waits. A page that cannot even
    // do that (crashed) is closed, not kept.
    try {
      await this.page.setContent('', { waitUntil: 'load' });
    } catch {
      await this.page.close().catch(() => undefined);
      return;
    }
    idle.push(this.page);
  }
}

const IDLE = new WeakMap<Browser, Page[]>();
const MAX_IDLE = 2;

export async function printPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const session = await PrintSession.open(browser);
  try {
    return await session.print(html);
  } finally {
    await session.close();
  }
}

/** A PNG of one element of the document as printed (print media), at the given viewport width. */
export async function screenshotElement(browser: Browser, html: string, selector: string, width: number): Promise<Uint8Array> {
  const page = await openHtml(browser, html, { width, height: 800 });
  try {
    await page.emulateMedia({ media: 'print' });
    return new Uint8Array(await page.locator(selector).screenshot({ type: 'png' }));
  } finally {
    await page.close();
  }
}
