import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededServer, TOKEN } from '../helpers/api-server.js';
import { launch, screenshotPath } from '../helpers/browser.js';
import { freshPglite, type TestDb } from '../helpers/databases.js';
import { seedInParts, seedInput } from '../helpers/seed-inputs.js';
import { ensureWebBuilt } from '../helpers/web-build.js';

// The web app in Debian's chromium against a real server with the seeds imported: the library, seed
// 001's 收支总表, a finding's cell, the search for a project and its 绩效目标 form, charts, comparison
// and upload. Each step leaves a screenshot in out/.

describe('web app in chromium', () => {
  let t: TestDb;
  let app: FastifyInstance;
  let browser: Awaited<ReturnType<typeof launch>>;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  const errors: string[] = [];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const webRoot = await ensureWebBuilt();
    t = await freshPglite();
    app = await seededServer(t, { webRoot });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const list = (await (await fetch(`${base}/api/disclosures`)).json()) as { items: Array<{ id: string; source_name: string }> };
    for (const d of list.items) ids[d.source_name.slice(0, 3)] = d.id;
    browser = await launch();
    context = browser.context;
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await t?.drop();
  });

  it('opens the library with each document, its total and finding counts', async () => {
    await page.goto(`${base}/`);
    const rows = page.locator('table.library tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    const r001 = rows.filter({ hasText: '阳泉市卫生健康委员会2024年度部门预算公开' });
    await expect.poll(() => r001.locator('td').nth(4).innerText()).toContain('19,155.70');
    expect(await r001.locator('td').nth(1).innerText()).toBe('2024');
    expect(await r001.locator('td').nth(3).innerText()).toBe('部门');
    await page.screenshot({ path: screenshotPath('e2e-1-library') });
  });

  it('opens seed 001 and shows the 收支总表 totals as printed', async () => {
    await page.locator('table.library a', { hasText: /^阳泉市卫生健康委员会$/ }).click();
    await page.waitForSelector('table[data-table="summary"]');
    expect(await page.locator('h1').innerText()).toBe('阳泉市卫生健康委员会 2024年部门预算公开');
    expect(await page.getByTestId('headline-total').innerText()).toContain('19,155.70');
    // 收入总计 19155.70 beside 支出总计 19155.70 on one printed line
    const line = page.locator('table[data-table="summary"] tbody tr', { hasText: '收入总计' });
    const cells = await line.locator('td').allInnerTexts();
    expect(cells.slice(0, 4)).toEqual(['收入总计', '19155.70', '支出总计', '19155.70']);
    const headers = await page.locator('table[data-table="summary"] thead tr').first().locator('th').allInnerTexts();
    expect(headers).toEqual(['收入', '支出']);
    await page.screenshot({ path: screenshotPath('e2e-2-summary') });
  });

  it('highlights the cell of a clicked finding', async () => {
    // 收入总表 21001 卫生健康管理事务: 400.59 + 284.70 + 235.53 = 920.82, printed 920.81
    await page.getByRole('checkbox', { name: /提示/ }).check(); // 尾差 are info, hidden while there are warnings
    const finding = page.locator('button.finding[data-table="income"][data-row="21001"][data-column="general_public"]');
    expect(await finding.innerText()).toContain('920.81');
    await finding.click();
    const hl = page.locator('table[data-table="income"] td.hl');
    await expect.poll(() => hl.count()).toBe(1);
    expect(await hl.getAttribute('data-col')).toBe('general_public');
    expect(await hl.innerText()).toBe('920.81');
    const row = hl.locator('xpath=..');
    expect(await row.locator('td.name').innerText()).toContain('卫生健康管理事务');
    expect(await finding.getAttribute('class')).toContain('selected');
    await page.screenshot({ path: screenshotPath('e2e-3-finding') });
  });

  it('collapses and expands the code hierarchy', async () => {
    const rows = page.locator('table[data-table="income"] tbody tr');
    const before = await rows.count();
    await page.locator('table[data-table="income"] tr', { hasText: '卫生健康支出' }).first().locator('button.twisty').click();
    await expect.poll(() => rows.count()).toBeLessThan(before);
    await page.getByRole('button', { name: '全部展开' }).click();
    await expect.poll(() => rows.count()).toBe(before);
  });

  it('shows both printed name columns of the econ table, codes from the catalogue marked', async () => {
    await page.goto(`${base}/d/${ids['001']}?tab=gpb_basic_econ`);
    const t = page.locator('table[data-table="gpb_basic_econ"]');
    await t.waitFor();
    const heads = await t.locator('thead th').allInnerTexts();
    expect(heads).toEqual(expect.arrayContaining(['部门预算支出经济科目名称', '政府预算支出经济科目名称']));
    // 基本工资 is printed twice: 200.77 under 工资奖金津补贴 and 1881.83 under 工资福利支出
    const cells = async (amount: string) => (await t.locator('tbody tr', { has: page.locator('td.num', { hasText: new RegExp(`^${amount}$`) }) }).first().locator('td').allInnerTexts()).slice(0, 3);
    expect(await cells('200.77')).toEqual(['30101', '基本工资', '工资奖金津补贴']);
    expect(await cells('1881.83')).toEqual(['30101', '基本工资', '工资福利支出']);
    const code = t.locator('td.code', { hasText: '30101' }).first();
    expect(await code.getAttribute('class')).toContain('catalog');
    expect(await code.getAttribute('title')).toContain('目录补全');
    await page.screenshot({ path: screenshotPath('e2e-3b-econ-columns') });
  });

  it('marks the indicator rows a form finding names, and the paragraph a text finding quotes, in view below the top bar', async () => {
    await page.goto(`${base}/d/${ids['001']}`);
    // 城镇独生子女父母退休一次性奖励经费: 3 indicator values that cannot be measured
    const onForm = page.locator('button.finding', { hasText: '城镇独生子女父母退休一次性奖励经费' }).filter({ hasText: '无法衡量' });
    await onForm.click();
    const marked = page.locator('table.indicators tr.target');
    await expect.poll(() => marked.count()).toBe(3);
    expect(await marked.allInnerTexts()).toEqual([expect.stringContaining('社会稳定水平'), expect.stringContaining('家庭发展能力'), expect.stringContaining('项目持续发挥作用的期限')]);
    await page.screenshot({ path: screenshotPath('e2e-3c-form-finding') });
    // 情况说明 五: 比上年减少 405.58万元 without a reason
    await page.locator('button.finding', { hasText: '405.58' }).click();
    const para = page.locator('.texts p.target');
    await expect.poll(() => para.count()).toBe(1);
    expect(await para.locator('mark').innerText()).toBe('405.58万元');
    const bar = (await page.locator('header.topbar').boundingBox())!;
    await expect.poll(async () => (await para.boundingBox())!.y).toBeGreaterThan(bar.y + bar.height);
    await expect.poll(async () => (await para.boundingBox())!.y).toBeLessThan(900);
    await page.screenshot({ path: screenshotPath('e2e-3d-text-finding') });
  });

  it('searches 爱国卫生运动经费 and reaches its 绩效目标 form', async () => {
    await page.getByRole('link', { name: '检索' }).click();
    await page.getByLabel('检索词').fill('爱国卫生运动经费');
    await page.getByRole('button', { name: '检索', exact: true }).click();
    const hit = page.locator('li[data-hit="project"] a');
    await expect.poll(() => hit.count()).toBe(1);
    expect(await page.locator('li[data-hit="project"]').innerText()).toContain('169,000.00 元');
    await page.screenshot({ path: screenshotPath('e2e-4-search') });
    await hit.click();
    const title = page.locator('.form-view h2');
    await expect.poll(() => title.innerText()).toBe('爱国卫生运动经费');
    const indicators = await page.locator('table.indicators tbody').innerText();
    expect(indicators).toContain('爱国卫生月主题宣传');
    expect(indicators).toContain('≥1场');
    expect(await page.locator('table.funds').last().innerText()).toContain('169,000');
    await page.screenshot({ path: screenshotPath('e2e-5-form') });
  });

  it('draws the charts', async () => {
    await page.getByRole('tab', { name: '图表' }).click();
    await expect.poll(() => page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(4);
    await page.waitForTimeout(800); // chart animations
    await page.screenshot({ path: screenshotPath('e2e-6-charts'), fullPage: true });
  });

  it('finds a table row by name and opens its table with the row marked', async () => {
    await page.goto(`${base}/search?q=${encodeURIComponent('会议费')}`);
    const hit = page.locator('li[data-hit="row"]', { hasText: '一般公共预算安排基本支出分经济科目表' });
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.innerText()).toContain('阳泉市卫生健康委员会');
    await hit.locator('a').click();
    const row = page.locator('table[data-table="gpb_basic_econ"] td.hl-row');
    await expect.poll(() => row.count()).toBeGreaterThan(0);
    expect(await row.first().innerText()).toBe('会议费');
    await page.screenshot({ path: screenshotPath('e2e-5b-search-row') });
  });

  it('compares two documents row by row', async () => {
    const list = (await (await fetch(`${base}/api/disclosures`)).json()) as { items: Array<{ id: string; source_name: string }> };
    const id = (p: string) => list.items.find((d) => d.source_name.startsWith(p))!.id;
    await page.goto(`${base}/compare?a=${id('001')}&b=${id('002')}`);
    const grand = page.locator('table.compare-grid tbody tr', { hasText: '收入总计' });
    await expect.poll(() => grand.count()).toBe(1);
    // 204.22 − 19155.70 = −18951.48 万元
    expect(await grand.innerText()).toContain('-18,951.48');
    // 210 卫生健康支出 上年结转安排: 1114.01 in 001, blank in 002 → −1114.01; the expense side in a grid of its own
    const health = page.locator('table.compare-grid[data-side="expense"] tbody tr', { hasText: '卫生健康支出' }).first();
    expect(await health.locator('td.diff[data-col="carryover"]').innerText()).toBe('-1,114.01');
    expect(await page.locator('table.compare-grid[data-side="income"] tbody tr', { hasText: '卫生健康支出' }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('e2e-7-compare') });
  });

  it('uploads a document with the token and shows progress and the result', async () => {
    await page.goto(`${base}/upload`);
    await page.locator('input[type="password"]').fill(TOKEN);
    const seed = seedInput('002');
    await page.locator('input[type="file"]').setInputFiles({ name: seed.name, mimeType: 'text/plain', buffer: Buffer.from(seed.bytes) });
    await page.getByRole('button', { name: '上传并导入' }).click();
    const ok = page.locator('.ok');
    await expect.poll(() => ok.innerText(), { timeout: 20_000 }).toContain('此文件已在库中');
    expect(await ok.innerText()).toContain('阳泉市卫生健康委员会医事管理中心');
    await page.screenshot({ path: screenshotPath('e2e-8-upload') });
    await page.locator('input[type="password"]').fill('wrong');
    await page.getByRole('button', { name: '上传并导入' }).click();
    await expect.poll(() => page.locator('.error').innerText()).toContain('管理口令');
  });

  it('takes an upload of a part of a stored document as that document, changing nothing', async () => {
    // seed 002 published as two files: imported together, then its text part alone
    const [tables, text] = seedInParts('002', '第三部分');
    const send = async (files: Array<{ name: string; bytes: Uint8Array }>) => {
      await page.goto(`${base}/upload`);
      await page.locator('input[type="password"]').fill(TOKEN);
      await page.locator('input[type="file"]').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.bytes) })));
      await page.getByRole('button', { name: '上传并导入' }).click();
      const ok = page.locator('.ok');
      await expect.poll(() => ok.count(), { timeout: 20_000 }).toBe(1);
      return ok.innerText();
    };
    expect(await send([tables, text])).toContain('已导入');
    const before = (await (await fetch(`${base}/api/disclosures?history=true`)).json()) as { total: number };
    const said = await send([text]);
    expect(said).toContain('已是');
    expect(said).toContain('由 2 个文件组成');
    expect(said).toContain('当前版本不变');
    await page.screenshot({ path: screenshotPath('e2e-8b-upload-part') });
    expect(((await (await fetch(`${base}/api/disclosures?history=true`)).json()) as { total: number }).total).toBe(before.total);
    // the two-file document offers each file of its original
    await page.locator('.ok a').click();
    await page.locator('details.menu summary').click();
    expect(await page.locator('details.menu li a').allInnerTexts()).toEqual([tables.name, text.name]);
  });

  it('disables exports that would be empty', async () => {
    await page.goto(`${base}/d/${ids['000']}`); // 绩效目标 forms only: no table, indicators
    await page.locator('.exports').waitFor();
    expect(await page.locator('.exports .button.disabled').allInnerTexts()).toEqual(['CSV（长表）', 'Excel']);
    expect(await page.locator('.exports a.button', { hasText: '指标 CSV' }).count()).toBe(1);
  });

  it('fits a 390 px phone: no page-wide sideways scroll, nav on one line, tables scrolling in their box', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/', `/d/${ids['001']}`, `/d/${ids['001']}?tab=income`, `/compare?a=${ids['001']}&b=${ids['004']}`]) {
      await page.goto(`${base}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForTimeout(300);
      expect([path, await page.locator('html').evaluate((el) => el.scrollWidth)]).toEqual([path, 390]);
    }
    const heights = await page.locator('header.topbar nav a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height));
    for (const h of heights) expect(h).toBeLessThan(30); // one line of text, not a character a line
    await page.goto(`${base}/d/${ids['001']}?tab=income`);
    const wrap = page.locator('.table-wrap').first();
    await wrap.waitFor();
    expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.screenshot({ path: screenshotPath('e2e-10-mobile') });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('shows an error state for an unknown document, and logged no errors on the way', async () => {
    await page.goto(`${base}/d/0123456789abcdef`);
    await expect.poll(() => page.locator('.error').innerText()).toContain('不存在');
    await page.screenshot({ path: screenshotPath('e2e-9-not-found') });
    // The 401 of the wrong token and the 404 above are the expected failed requests.
    expect(errors.filter((e) => !/status of (404|401)/.test(e))).toEqual([]);
  });
});
