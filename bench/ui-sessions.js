// Opens N logged-in Vaadin sessions (one browser context each) and keeps them open until stdin closes.
// Used by bench/ui-sessions.sh; needs playwright-core (installed there) and Debian's chromium.
const { chromium } = require('playwright-core');
(async () => {
  const [base, count] = [process.argv[2], Number(process.argv[3])];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  for (let i = 0; i < count; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base + '/');
    await page.waitForSelector('input[name=username]');
    await page.fill('input[name=username]', 'lesar');
    await page.fill('input[name=password]', 'lesar');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#planverk-menu', { timeout: 30000 });
  }
  console.log('open ' + count);
  process.stdin.resume();
  process.stdin.on('end', async () => { await browser.close(); process.exit(0); });
})().catch(e => { console.error(e); process.exit(1); });
