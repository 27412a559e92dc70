// Screenshots of routes as a user (WAIT=ms per page): node bench/shots.js http://localhost:8181 planlegg /tmp/shots "" measures plans/tree
// Needs playwright-core in bench/node_modules (bench/ui-sessions.sh installs it) and Debian chromium.
const { chromium } = require('playwright-core');
(async () => {
  const [base, user, out, ...routes] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'nn-NO' })).newPage();
  page.on('console', m => { if (m.type() === 'error') console.log('console error: ' + m.text()); });
  await page.goto(base + '/');
  await page.waitForSelector('input[name=username]');
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', user);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#planverk-menu', { timeout: 30000 });
  for (const r of routes) {
    await page.goto(base + '/' + r);
    await page.waitForTimeout(Number(process.env.WAIT || 2500));
    const name = out + '/' + (r.replace(/[\/?=&]/g, '_') || 'home') + '.png';
    await page.screenshot({ path: name, fullPage: true });
    console.log(name);
  }
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
