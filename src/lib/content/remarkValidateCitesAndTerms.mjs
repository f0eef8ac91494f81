// Fails the build when a chapter cites an unknown reference id or marks an unknown glossary term,
// naming the file and line, so a typo never ships as a dead citation or an empty popover.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';

const contentDir = join(process.cwd(), 'content');

function idsIn(folder) {
  try {
    return new Set(
      readdirSync(join(contentDir, folder))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -'.json'.length)),
    );
  } catch {
    return new Set();
  }
}

function attr(node, name) {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  // id="x" gives a string; n={57} gives an expression object with .value "57".
  return typeof a.value === 'string' ? a.value : a.value?.value;
}

export function remarkValidateCitesAndTerms() {
  return (tree, file) => {
    // Read on every file: cheap, and new references are picked up in dev without a restart.
    const references = idsIn('references');
    const glossary = idsIn('glossary');
    const where = file.path ?? file.history?.[0] ?? 'unknown file';
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (node.name === 'Cite') {
        const id = attr(node, 'id');
        if (!id || !references.has(id)) {
          file.fail(`${where}: <Cite id="${id ?? ''}"> names no file in content/references/`, node);
        }
        const n = attr(node, 'n');
        if (n !== undefined && !/^\s*\d+\s*$/.test(String(n))) {
          file.fail(`${where}: <Cite id="${id}" n=…> must be the review's reference number`, node);
        }
      }
      if (node.name === 'Term') {
        const id = attr(node, 'id');
        if (!id || !glossary.has(id)) {
          file.fail(`${where}: <Term id="${id ?? ''}"> names no file in content/glossary/`, node);
        }
      }
    });
  };
}
