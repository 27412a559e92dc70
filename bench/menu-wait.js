// Time from a shell command (e.g. feature:install through bin/client) to a menu entry being visible in the UI.
// node bench/menu-wait.js <base> <user> <menu path, e.g. /volunteers> <command...>
// Logs in first, then runs the command, then reloads the page until the entry is in #planverk-menu; prints the
// seconds from starting the command. Needs playwright-core in bench/node_modules and Debian chromium.
const { chromium } = require('playwright-core');
const { execSync } = require('child_process');
(async () => {
  const [base, user, path, ...command] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.goto(base + '/login');
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', user);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#planverk-menu', { timeout: 30000 });
  const bare = path.replace(/^\//, '');
  const entry = `#planverk-menu vaadin-side-nav-item[path="/${bare}"], #planverk-menu vaadin-side-nav-item[path="${bare}"]`;
  if (await page.$(entry)) {
    throw new Error(path + ' is in the menu before the command');
  }
  const start = Date.now();
  execSync(command.join(' '), { stdio: 'ignore' });
  const commandDone = Date.now();
  for (;;) {
    await page.reload();
    await page.waitForSelector('#planverk-menu', { timeout: 30000 });
    if (await page.$(entry)) {
      break;
    }
    if (Date.now() - start > 120000) {
      throw new Error(path + ' not in the menu 120 s after the command');
    }
    await page.waitForTimeout(250);
  }
  console.log(((commandDone - start) / 1000).toFixed(1) + ' ' + ((Date.now() - start) / 1000).toFixed(1));
  await browser.close();
})().catch(e => { console.error(e.message); process.exit(1); });
