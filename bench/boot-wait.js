// First page with data after a start: node bench/boot-wait.js <base> <start ms since epoch>
// Waits until the login page answers, logs in as planlegg and opens the plan list until a demo plan of Bergen is in its
// grid (demo data may still be loading in the background). Prints: <ms to login page> <ms to the list with data>.
// Needs playwright-core in bench/node_modules and Debian chromium.
const { chromium } = require('playwright-core');
(async () => {
  const [base, startArg] = process.argv.slice(2);
  const start = Number(startArg);
  const deadline = start + 300000;
  let login;
  for (;;) {
    try {
      const r = await fetch(base + '/login');
      if (r.status === 200) { login = Date.now() - start; break; }
    } catch (e) { /* not up yet */ }
    if (Date.now() > deadline) throw new Error('no login page after 300 s');
    await new Promise(r => setTimeout(r, 100));
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(base + '/login');
  await page.fill('input[name=username]', 'planlegg');
  await page.fill('input[name=password]', 'planlegg');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#planverk-menu', { timeout: 120000 });
  for (;;) {
    await page.goto(base + '/plans');
    try {
      await page.getByText('Et helt liv med mening', { exact: false }).first().waitFor({ timeout: 2000 });
      break;
    } catch (e) { /* demo data not there yet */ }
    if (Date.now() > deadline) throw new Error('no demo plan in the plan list after 300 s');
  }
  console.log(login + ' ' + (Date.now() - start));
  await browser.close();
})().catch(e => { console.error(e.message); process.exit(1); });
