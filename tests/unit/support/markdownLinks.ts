/**
 * Relative links in Markdown files (README.md, docs/): every one must name a file or folder of the
 * repository, and a #fragment into a Markdown file must name one of its headings, slugged as
 * GitHub does (github-slugger). Links with a scheme (https:, mailto:) are not ours to check.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';

/** Text outside fenced code blocks, so examples in ``` blocks are not taken for links. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** Inline links `[text](target "title")` and reference definitions `[label]: target`. */
export function linkTargets(markdown: string): string[] {
  const text = withoutFences(markdown);
  const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
  const defs = [...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((m) => m[1]);
  return [...inline, ...defs];
}

/** Heading anchors of a Markdown file, as GitHub renders them. */
export function headingAnchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const m of withoutFences(markdown).matchAll(/^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    // What GitHub slugs is the heading's text: no code ticks, emphasis or link syntax.
    const plain = m[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_]/g, '');
    anchors.add(slugger.slug(plain));
  }
  return anchors;
}

/** The links in `file` that do not resolve, each with the reason; `root` bounds where they may lead. */
export function brokenLinks(file: string, root: string): string[] {
  const markdown = readFileSync(file, 'utf8');
  const broken: string[] = [];
  const name = relative(root, file);
  for (const target of linkTargets(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    const hash = target.indexOf('#');
    const pathPart = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
    const fragment = hash < 0 ? '' : decodeURIComponent(target.slice(hash + 1));
    const resolved = pathPart === '' ? file : pathPart.startsWith('/') ? resolve(root, `.${pathPart}`) : resolve(dirname(file), pathPart);
    if (relative(root, resolved).startsWith('..')) {
      broken.push(`${name}: ${target} leads outside the repository`);
      continue;
    }
    if (!existsSync(resolved)) {
      broken.push(`${name}: ${target} (no ${relative(root, resolved)})`);
      continue;
    }
    if (fragment && resolved.endsWith('.md') && statSync(resolved).isFile() && !headingAnchors(readFileSync(resolved, 'utf8')).has(fragment)) {
      broken.push(`${name}: ${target} (no heading #${fragment} in ${relative(root, resolved)})`);
    }
  }
  return broken;
}
