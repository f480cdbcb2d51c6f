// Reader gate: scripts the site's readers in headless Chromium and fails when one cannot finish their task.
//   - phone reader: no page of the site scrolls sideways at 320 CSS px (WCAG 1.4.10 reflow), every page checked,
//     and no chart is shown so small that its text falls below 12 CSS px (it gives way to its table);
//   - printing reader: a provider page (on a site of several plans, a plan's page) printed to PDF is A4 and every
//     printed page carries the plan's dates;
//   - public reader (sites with consultation rounds): reaches "How to respond" from the home page in one click;
//   - provider: on every provider page the summary and "What changed" start within the first 900 px at 1280 px;
//   - searching reader: a provider with an alias is found by it, the result naming its type;
//   - anyone comparing verdicts: the outcome tags "accepted" and "not accepted" differ in colour.
// Usage: node run-readers.mjs <site-dir> [--consultation]. Chromium is Debian's (/usr/bin/chromium or $CHROMIUM);
// PDF text comes from poppler-utils (pdftotext, pdfinfo). Never downloads a browser.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const site = process.argv[2];
const consultation = process.argv.includes('--consultation');
if (!site || !existsSync(join(site, 'index.html'))) {
  console.error(`run-readers: no built site at ${site} (usage: node run-readers.mjs <site-dir> [--consultation])`);
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`run-readers: Chromium not found at ${executablePath} (apt-get install -y --no-install-recommends chromium),`
    + ' or skip the browser gates explicitly with -Dskip.browser=true.');
  process.exit(2);
}

const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(site, 'index.html'), 'utf8'));
const root = canonical ? new URL(canonical[1]).pathname.replace(/[^/]*$/, '') : '/';
const files = [];
(function walk(dir, rel) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, rel + name + '/');
    else if (name.endsWith('.html')) files.push(rel + name);
  }
})(site, '');

const MIME = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.txt': 'text/plain' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const rel = path.startsWith(root) ? normalize(path.slice(root.length)) : null;
  let file = rel === null || rel.startsWith('..') ? null : join(site, rel);
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file || !existsSync(file)) {
    res.writeHead(404, { 'content-type': MIME['.html'] });
    res.end(readFileSync(join(site, '404.html')));
    return;
  }
  res.writeHead(200, { 'content-type': MIME[extname(file)] || 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}${root}`;
const browser = await chromium.launch({
  executablePath, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const problems = [];
const done = [];
const started = Date.now();
try {
  // Phone reader: every page at 320 CSS px wide.
  {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const f of files) {
      await page.goto(base + f, { waitUntil: 'load' });
      const w = await page.evaluate(() => {
        const wide = [];
        const limit = document.documentElement.clientWidth;
        for (const e of document.querySelectorAll('body *')) {
          const r = e.getBoundingClientRect();
          if (r.right > limit + 0.5 && !e.closest('.table-scroll, .table-wrap')) wide.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '') + ` (right ${Math.round(r.right)})`);
        }
        // a chart's text is 12px at its natural 760px width: shown smaller, it must give way to its table
        const smallCharts = [...document.querySelectorAll('.chart img')].filter((img) => {
          const r = img.getBoundingClientRect();
          return getComputedStyle(img).display !== 'none' && r.width > 0 && r.width < 760;
        }).length;
        return { scroll: document.documentElement.scrollWidth, wide: wide.slice(0, 3), smallCharts };
      });
      if (w.scroll > 320) problems.push(`${f}: scrolls sideways at 320px (scrollWidth ${w.scroll}; ${w.wide.join(', ')})`);
      if (w.smallCharts > 0) problems.push(`${f}: ${w.smallCharts} chart(s) shown below natural size at 320px (text under 12px)`);
    }
    done.push(`${files.length} pages reflow at 320px`);
    await context.close();
  }

  // Provider: on every provider page the summary and "What changed" start within the first 900 px at 1280 px.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const providers = files.filter((f) => /^providers\/(?!index)[^/]+\.html$/.test(f));
    let changes = 0;
    for (const f of providers) {
      await page.goto(base + f, { waitUntil: 'load' });
      const at = await page.evaluate(() => {
        const top = (sel) => { const e = document.querySelector(sel); return e ? Math.round(e.getBoundingClientRect().top + window.scrollY) : null; };
        return { summary: top('dl.provider-summary'), changed: top('.provider-changes h2'), none: !document.querySelector('article.impact, dl.provider-summary') };
      });
      if (at.none) continue;
      if (at.summary === null || at.summary > 900) problems.push(`${f}: the summary starts at ${at.summary} px, below the first 900 px`);
      if (at.changed !== null) {
        changes++;
        if (at.changed > 900) problems.push(`${f}: "What changed" starts at ${at.changed} px, below the first 900 px`);
      }
    }
    done.push(`${providers.length} provider pages show their summary${changes ? ` (and ${changes} "What changed")` : ''} in the first 900px`);
    await context.close();
  }

  // Printing reader: a provider page printed on A4 carries the plan's dates on every page. On a site of several
  // plans a provider page belongs to none (it has no plan date line), so a plan's own page is printed instead.
  {
    const dated = (re) => files.find((f) => re.test(f) && readFileSync(join(site, f), 'utf8').includes('plan-dates'));
    const provider = dated(/^providers\/(?!index)[^/]+\.html$/) || dated(/^plans\/[^/]+\/index\.html$/);
    if (!provider) {
      problems.push('print: no provider or plan page with a plan date line');
    } else {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(base + provider, { waitUntil: 'load' });
      const dates = (await page.textContent('main p.plan-dates')).replace(/\s+/g, ' ').trim();
      const dir = mkdtempSync(join(tmpdir(), 'readers-'));
      try {
        const pdf = join(dir, 'page.pdf');
        writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
        const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
        const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
        if (!/Page size:\s+59[45]\.\d+ x 841\.\d+ pts/.test(info)) problems.push(`print ${provider}: not A4: ${/Page size:.*/.exec(info)[0]}`);
        for (let n = 1; n <= pages; n++) {
          const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
          if (!text.includes(dates)) problems.push(`print ${provider}: printed page ${n} of ${pages} lacks "${dates}"`);
        }
        const all = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
        if (/Skip to main content/.test(all)) problems.push(`print ${provider}: navigation chrome printed`);
        done.push(`${provider} prints on ${pages} A4 page(s), each with "${dates}"`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      await context.close();
    }
  }

  // Searching reader: a provider found by its alias (HPFT, WHHT), each result naming its type.
  {
    const index = readFileSync(join(site, 'search-index.js'), 'utf8');
    // the aliases the bundled plan gives (HPFT, WHHT): a provider whose search title ends "(…, ALIAS)"
    const withAlias = (a) => {
      const hit = new RegExp(`"kind":"Provider","title":"([^"]+?) \\((?:[^")]*, )?${a}\\)"`).exec(index);
      return hit && [hit[0], hit[1], a];
    };
    const m = ['HPFT', 'WHHT'].map(withAlias).find(Boolean);
    if (m) {
      const [, name, alias] = m;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(base + 'search.html?q=' + encodeURIComponent(alias), { waitUntil: 'load' });
      const results = await page.$$eval('#search-results li', (lis) => lis.map((li) => li.textContent.replace(/\s+/g, ' ').trim()));
      if (!results.some((r) => r.startsWith('Provider') && r.includes(name.trim()))) {
        problems.push(`search: "${alias}" does not find ${name.trim()} (results: ${results.slice(0, 3).join(' | ') || 'none'})`);
      } else {
        done.push(`search finds ${name.trim()} by "${alias}"`);
      }
      await context.close();
    }
  }

  if (consultation) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    // Public reader: home page, one click, "How to respond".
    await page.goto(base + 'index.html', { waitUntil: 'load' });
    const link = page.locator('a', { hasText: 'How to respond' }).first();
    if (await link.count() === 0) {
      problems.push('public reader: no "How to respond" link on the home page');
    } else {
      await Promise.all([page.waitForNavigation(), link.click()]);
      const h1 = (await page.textContent('h1')).trim();
      if (h1 !== 'How to respond') problems.push(`public reader: one click from home reached "${h1}", not "How to respond"`);
      const contact = await page.locator('.contact-list li').count();
      if (contact === 0) problems.push('public reader: "How to respond" gives no contact');
      done.push('home → How to respond in one click');
    }
    // Verdicts: accepted and not accepted look different.
    const responses = files.find((f) => /\/responses\/index\.html$/.test(f));
    await page.goto(base + responses, { waitUntil: 'load' });
    const colours = await page.evaluate(() => {
      const bg = (sel) => { const e = document.querySelector(sel); return e && getComputedStyle(e).backgroundColor; };
      return { accepted: bg('.tag-accepted, .badge-accepted'), notAccepted: bg('.tag-not-accepted, .badge-not-accepted') };
    });
    if (!colours.accepted || !colours.notAccepted) problems.push(`tags: no accepted or not-accepted tag on ${responses}`);
    else if (colours.accepted === colours.notAccepted) problems.push(`tags: "accepted" and "not accepted" share the background ${colours.accepted}`);
    else done.push(`accepted ${colours.accepted} ≠ not accepted ${colours.notAccepted}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.error(`run-readers: ${problems.length} problems (${seconds} s):\n` + problems.join('\n'));
  process.exit(1);
}
console.log(`run-readers: passed in ${seconds} s: ${done.join('; ')}`);
