import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../src/generated/test/index.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';

const LISTED = graphql(`
  query GraphiqlListed {
    tasks(first: 10) { edges { node { __typename status } } }
  }
`);

// Debian's Chromium (.ci/run installs it). Outside CI a machine without it skips; in CI it must run.
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt`);

describe.skipIf(!available)('GraphiQL in a real browser', () => {
  let gw: TestGateway;
  let browser: Browser;
  const outside: string[] = [];

  beforeAll(async () => {
    gw = await startTestGateway({ SANDBOX_TIME_SCALE: '0.01' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.stop();
  });

  it('loads offline and runs both preloaded mutations against the sandbox', async () => {
    const page = await browser.newPage();
    // Anything not served by us is recorded and refused: the page must not need it.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(https?|wss?):\/\/127\.0\.0\.1[:/]/.test(url) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    const response = await page.goto(`${gw.url}/graphql`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/text\/html/);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20_000 });

    // The Variables pane is the one open (the task tabs need their id there), not Headers.
    const openTool = page.locator('.graphiql-editor-tools button[aria-selected="true"], .graphiql-editor-tools button.active');
    await expect.poll(() => openTool.first().textContent(), { timeout: 10_000 }).toMatch(/Variables/);

    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    const titles = await tabs.allInnerTexts();
    expect(titles.join(' ')).toMatch(/CreateFlythroughVideo/);
    expect(titles.join(' ')).toMatch(/CreatePropertyVideo/);

    // The first real click on a tab switches to it (GraphiQL alone drops it: graphiql.ts completes it).
    await tabs.nth(2).locator('.graphiql-tab-button').click();
    await expect.poll(() => tabs.nth(2).getAttribute('class'), { timeout: 10_000 }).toContain('graphiql-tab-active');

    for (const [index, success] of [
      [0, 'CreateFlythroughVideoSuccess'],
      [1, 'CreatePropertyVideoSuccess'],
    ] as const) {
      await tabs.nth(index).locator('.graphiql-tab-button').click();
      // Generous waits: under a loaded machine (the whole suite on two workers) a re-render can take over a second.
      await expect.poll(() => tabs.nth(index).getAttribute('class'), { timeout: 10_000 }).toContain('graphiql-tab-active');
      await expect.poll(() => page.locator('.graphiql-query-editor .view-lines').textContent(), { timeout: 10_000 }).toContain(success.replace('Success', ''));
      // As a person would: click into the operation, so GraphiQL picks the operation under the cursor.
      await page.locator('.graphiql-query-editor .view-lines').click();
      await page.click('.graphiql-execute-button');
      await expect.poll(() => page.locator('.graphiql-response').textContent(), { timeout: 15_000 }).toContain(success);
    }
    await page.screenshot({ path: '/tmp/tourgraph-graphiql.png' });

    const listed = await gw.gql(LISTED);
    expect(listed.body.data!.tasks.edges.map((e) => e.node.__typename).sort()).toEqual(['FlythroughVideoTask', 'PropertyVideoTask']);
    expect(outside).toEqual([]);
  });
});
