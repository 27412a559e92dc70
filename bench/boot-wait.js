// First page with data after a start: node bench/boot-wait.js <base> <start ms since epoch> [login]
// Waits until the login page can be used: it answers, and its form is open (while the database is not there yet the page
// says "Planverk startar" and keeps the form closed). Then logs in as planlegg and opens the plan list until a demo plan
// of Bergen is in its grid (demo data loads in the background). Prints: <ms to a usable login page> <ms to the list
// with data>; with "login", only the first. Needs playwright-core in bench/node_modules and Debian chromium.
const { chromium } = require('playwright-core');
(async () => {
  const [base, startArg, mode] = process.argv.slice(2);
  const start = Number(startArg);
  const deadline = start + 300000;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  for (;;) {
    try {
      const r = await fetch(base + '/login');
      if (r.status === 200) break;
    } catch (e) { /* not up yet */ }
    if (Date.now() > deadline) throw new Error('no login page after 300 s');
    await new Promise(r => setTimeout(r, 100));
  }
  await page.goto(base + '/login');
  await page.waitForSelector('vaadin-login-form', { timeout: 120000 });
  await page.waitForSelector('#planverk-starting', { state: 'detached', timeout: 120000 });
  const login = Date.now() - start;
  if (mode === 'login') {
    console.log(String(login));
    await browser.close();
    return;
  }
  // a build that lets the login through before its views are there shows no menu: open the plan list again (and log in
  // again if it asks), as a user would, until the shell with its menu is there
  for (;;) {
    if (await page.$('vaadin-login-form')) {
      await page.fill('input[name=username]', 'planlegg');
      await page.fill('input[name=password]', 'planlegg');
      await page.keyboard.press('Enter');
    }
    try {
      await page.waitForSelector('#planverk-menu', { timeout: 10000 });
      break;
    } catch (e) { /* not logged in, or no shell yet */ }
    if (Date.now() > deadline) throw new Error('no menu after logging in, 300 s after the start');
    await page.goto(base + '/plans');
  }
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
