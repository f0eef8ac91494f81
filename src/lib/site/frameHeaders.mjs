// @ts-check
/**
 * Who may put the course in an <iframe>. Lecturers embed a calculator or the simulation in their
 * own LMS page (any origin), so /embed/ pages allow framing by anyone; every other page forbids it
 * (clickjacking: a chapter's quiz or progress controls under someone else's page). A <meta> CSP
 * cannot say this (browsers ignore frame-ancestors there), so the rules go out as HTTP headers:
 * the build writes them to dist/_headers, the format Netlify and Cloudflare Pages read, and the
 * test host (tests/e2e/support/compressedHost.ts) serves them the same way.
 */

/** @typedef {{ path: string, headers: Record<string, string> }} HeaderRule */

/**
 * The rules for a site built under `base` ("/" or "/courses/anodes/"), most specific first.
 * @param {string} base
 * @returns {HeaderRule[]}
 */
export function frameHeaderRules(base) {
  const root = base.endsWith('/') ? base : `${base}/`;
  return [
    { path: `${root}embed/*`, headers: { 'Content-Security-Policy': 'frame-ancestors *' } },
    { path: `${root}*`, headers: { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' } },
  ];
}

/**
 * `_headers` text. Netlify and Cloudflare apply every block that matches a path and merge them,
 * so a catch-all `/*` would also forbid framing under /embed/. The forbidding block is therefore
 * written once per top-level entry of the built site (and for the home page), never for embed/.
 * @param {HeaderRule[]} rules
 * @param {string[]} topLevel top-level entries of the built site ("chapters", "index.html", …)
 * @returns {string}
 */
export function headersFileText(rules, topLevel) {
  const [embed, rest] = rules;
  const root = embed.path.slice(0, -'embed/*'.length);
  const block = (/** @type {string} */ path, /** @type {Record<string, string>} */ h) =>
    [path, ...Object.entries(h).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  const others = topLevel
    .filter((name) => name !== 'embed' && name !== '_headers')
    .sort()
    .map((name) => (name.includes('.') ? `${root}${name}` : `${root}${name}/*`));
  return [block(embed.path, embed.headers), block(root, rest.headers), ...others.map((p) => block(p, rest.headers))].join('\n\n') + '\n';
}

/**
 * Parses `_headers` text into [pattern, headers] blocks, as a static host reads it.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const i = line.indexOf(':');
      if (i > 0 && rules.length) rules[rules.length - 1].headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

/**
 * Every block of a parsed `_headers` that matches `pathname`, merged (as Netlify does).
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 */
export function headersFromFile(rules, pathname) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const r of rules) {
    const match = r.path.endsWith('*') ? pathname.startsWith(r.path.slice(0, -1)) : pathname === r.path || pathname === `${r.path}index.html`;
    if (match) Object.assign(out, r.headers);
  }
  return out;
}

/** Astro integration: writes dist/_headers after the build. */
export function frameHeaders() {
  return {
    name: 'frame-headers',
    hooks: {
      /** @param {{ dir: URL }} options */
      'astro:build:done': async ({ dir }) => {
        const { readdirSync, writeFileSync } = await import('node:fs');
        const { fileURLToPath } = await import('node:url');
        const outDir = fileURLToPath(dir);
        const base = process.env.BASE_PATH ?? '/';
        writeFileSync(`${outDir}/_headers`, headersFileText(frameHeaderRules(base), readdirSync(outDir)));
      },
    },
  };
}
