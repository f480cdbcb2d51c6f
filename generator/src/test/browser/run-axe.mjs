// Accessibility gate: audits one page of every type of a built site with axe-core in headless Chromium, at
// phone (390px) and desktop (1280px) widths, and tabs through each page checking every interactive control is
// reached and visibly focused. Exits 1 on any violation.
// Usage: node run-axe.mjs <site-dir> [--absent=type,type] [--only=type,type]
// --absent names page types the site rightly lacks (the real bundled plan has no consultation rounds, so no
// changes or responses pages; the example site in examples/consultation has them and is audited too).
// Chromium is Debian's (/usr/bin/chromium, or $CHROMIUM); this script never downloads a browser.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { join, extname, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const site = process.argv[2];
const absentArg = process.argv.slice(3).find((a) => a.startsWith('--absent='));
const absent = new Set(absentArg ? absentArg.slice('--absent='.length).split(',').filter(Boolean) : []);
// --only=type,type audits just those types (a fixture site built for a few of them), each of which must exist
const onlyArg = process.argv.slice(3).find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',').filter(Boolean)) : null;
if (!site || !existsSync(join(site, 'index.html'))) {
  console.error(`run-axe: no built site at ${site} (usage: node run-axe.mjs <site-dir>)`);
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`run-axe: Chromium not found at ${executablePath}. Install it with\n` +
    `  apt-get update && apt-get install -y --no-install-recommends chromium\n` +
    `or skip this gate explicitly with -Dskip.browser=true.`);
  process.exit(2);
}
const axeSource = readFileSync(join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The site is served under the path of its base URL (from the home page's canonical link), as it is published,
// so the 404 page's root-absolute links work.
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

// One page of every type: the first page matching each pattern (a budget page: the first with a chart).
const types = [
  ['home', /^index\.html$/], ['plan', /^plans\/[^/]+\/index\.html$/], ['section', /\/sections\/[^/]+\.html$/],
  ['intention', /\/intentions\/[^/]+\.html$/], ['provider index', /^providers\/index\.html$/],
  ['provider', /^providers\/(?!index)[^/]+\.html$/], ['priority index', /^priorities\/index\.html$/],
  ['priority', /^priorities\/(?!index)[^/]+\.html$/], ['group index', /^groups\/index\.html$/],
  ['group', /^groups\/(?!index)[^/]+\.html$/], ['narrative', /\/narrative\/[^/]+\.html$/],
  ['meeting', /\/meetings\/[^/]+\.html$/], ['budgets index', /\/budgets\/index\.html$/],
  ['budget with chart', /\/budgets\/(?!index)[^/]+\.html$/, (f) => readFileSync(join(site, f), 'utf8').includes('<figure')],
  ['changes', /\/changes\/index\.html$/], ['change', /\/changes\/(?!index)[^/]+\.html$/],
  ['responses', /\/responses\/[^/]+\.html$/], ['how to respond', /\/how-to-respond\.html$/], ['status filter', /\/status\/[^/]+\.html$/],
  ['search', /^search\.html$/], ['404', /^404\.html$/], ['accessibility statement', /^accessibility\.html$/],
  ['at a glance', /\/at-a-glance\.html$/], ['glossary', /^glossary\.html$/],
  ['data', /\/data\/index\.html$/],
  ['comparison', /^compare\/[^/]+\.html$/], ['comparison across years', /^compare\/[^/]+\/[^/]+\.html$/],
  ['intention tied to another plan', /\/intentions\/[^/]+\.html$/, (f) => readFileSync(join(site, f), 'utf8').includes('id="other-plans"')],
];
const pages = [];
const missing = [];
for (const [type, re, extra] of types) {
  if (only && !only.has(type)) continue;
  const f = files.find((x) => re.test(x) && (!extra || extra(x)));
  if (f) pages.push([type, f]); else if (!absent.has(type)) missing.push(type);
}

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
const started = Date.now();
let audits = 0;
let focused = 0;
try {
  for (const [width, height, label] of [[390, 844, 'phone'], [1280, 900, 'desktop']]) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    for (const [type, file] of pages) {
      const where = `${file} (${type}, ${label} ${width}px)`;
      const resp = await page.goto(base + file, { waitUntil: 'load' });
      if (!resp || (resp.status() !== 200 && type !== '404')) problems.push(`${where}: HTTP ${resp && resp.status()}`);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async (tags) => {
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' — ' + (n.failureSummary || '').split('\n').slice(1).join(' ').trim()) }));
      }, TAGS);
      audits++;
      for (const v of result) {
        problems.push(`${where}: axe ${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.join('\n      ')}`);
      }
      problems.push(...(await keyboard(page)).map((p) => `${where}: keyboard: ${p}`));
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

// Tabs through the page: every visible interactive control must be reached, and each focused element must
// show a focus indicator (an outline or a box-shadow) from the theme's :focus-visible styles.
async function keyboard(page) {
  const found = [];
  const expected = await page.evaluate(() => {
    const sel = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    let i = 0;
    const out = [];
    for (const e of document.querySelectorAll(sel)) {
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      const hidden = style.visibility === 'hidden' || style.display === 'none' || (r.width === 0 && r.height === 0 && !e.classList.contains('skip-link'));
      if (hidden || e.closest('[hidden], details:not([open]) > :not(summary)')) continue;
      e.setAttribute('data-kbd', String(i));
      out.push(i++);
    }
    return out.length;
  });
  await page.evaluate(() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); });
  const reached = new Set();
  for (let n = 0; n < expected + 3; n++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const s = getComputedStyle(e);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      const shadow = s.boxShadow && s.boxShadow !== 'none';
      return { id: e.getAttribute('data-kbd'), visible: outline || shadow, matches: e.matches(':focus-visible'),
        desc: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('href') ? `[href="${e.getAttribute('href')}"]` : '') };
    });
    if (!f) break;
    if (f.id !== null && reached.has(f.id)) break;
    if (f.id !== null) reached.add(f.id);
    focused++;
    if (!f.visible || !f.matches) found.push(`${f.desc} has no visible focus indicator`);
  }
  if (reached.size < expected) {
    const notReached = await page.evaluate((seen) => [...document.querySelectorAll('[data-kbd]')]
      .filter((e) => !seen.includes(e.getAttribute('data-kbd'))).slice(0, 5)
      .map((e) => e.tagName.toLowerCase() + (e.getAttribute('href') ? `[href="${e.getAttribute('href')}"]` : '')), [...reached]);
    found.push(`${expected - reached.size} of ${expected} interactive controls not reached by Tab, e.g. ${notReached.join(', ')}`);
  }
  return found;
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (missing.length) problems.push(`no page of type: ${missing.join(', ')} (the site must have every page type)`);
if (problems.length) {
  console.error(`run-axe: ${problems.length} problems in ${audits} audits (${seconds} s):\n` + problems.join('\n'));
  process.exit(1);
}
console.log(`run-axe: ${pages.length} page types × 2 widths: ${audits} axe audits (${TAGS.join(', ')}) and ${focused} Tab stops checked, passed in ${seconds} s`);
