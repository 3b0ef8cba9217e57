import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--use-angle=swiftshader','--enable-unsafe-swiftshader','--ignore-gpu-blocklist'] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
p.on('requestfailed', (r) => console.log('reqfail', r.url()));
const cdp = await p.context().newCDPSession(p);
await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
const t0 = Date.now();
await p.goto('http://localhost:4174/');
for (let i = 0; i < 60; i++) {
  const s = await p.evaluate(() => [document.documentElement.dataset.ready, document.documentElement.dataset.status]);
  if (s[0] === 'true') { console.log('ready after', Date.now() - t0); break; }
  await new Promise((r) => setTimeout(r, 1000));
  if (i % 10 === 0) console.log(i, s);
}
await b.close();
