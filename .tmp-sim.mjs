import { preview } from 'astro';
import { chromium } from 'playwright-core';
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 4396 } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking'] });
const page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
const errors = []; page.on('console', m => m.type() === 'error' && errors.push(m.text()));
await page.goto('http://127.0.0.1:4396/simulation/?preset=carbonate');
await page.locator('.growth').scrollIntoViewIfNeeded();
await page.waitForTimeout(2000);
await page.getByRole('button', { name: 'Plate–strip cycle' }).click();
for (let t = 0; t < 1; t++) { await page.waitForTimeout(5000); console.log(t*5, await page.locator('.growth [aria-live]').first().innerText().catch(()=>'?'), await page.getByRole('button', { name: 'Plate–strip cycle' }).isEnabled()); }
await page.locator('.growth').screenshot({ path: '/tmp/shots/sim.png' });
console.log('errors', errors);
await browser.close(); await server.stop();
