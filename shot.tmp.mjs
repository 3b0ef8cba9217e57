import { chromium } from '@playwright/test';
const [url, out, w = 1280, h = 800, extra] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
const logs = [];
page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
const t0 = Date.now();
await page.goto(url);
try { await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 60000 }); } catch (e) { logs.push('NOT READY ' + e.message); }
console.log('ready after', Date.now() - t0, 'ms');
if (extra) { await page.evaluate(extra); }
await page.waitForTimeout(1500);
await page.screenshot({ path: out });
console.log(JSON.stringify(await page.evaluate(() => window.__constellation?.getState?.())));
console.log(JSON.stringify(await page.evaluate(() => window.__constellation?.frameStats?.())));
console.log(logs.slice(0, 30).join('\n'));
await browser.close();
