// Wide blocks scroll sideways instead of widening the page on a phone: every table is wrapped in
// a labelled scroll region, and every display equation becomes one. Both are focusable so
// keyboard users can scroll them too (axe: scrollable-region-focusable). Runs after rehype-katex.
import { visit, SKIP } from 'unist-util-visit';

const hasClass = (node, name) => {
  const c = node.properties?.className;
  return Array.isArray(c) ? c.includes(name) : c === name;
};

/** Plain text of a hast node (for labels). */
const textOf = (node) =>
  node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join('');

/** The first row's header cells, which name a table better than a number alone. */
function headerLabel(table) {
  let cells = [];
  visit(table, 'element', (n) => {
    if (cells.length > 0) return SKIP;
    if (n.tagName === 'tr') {
      cells = n.children.filter((c) => c.type === 'element' && c.tagName === 'th').map((c) => textOf(c).trim());
      return SKIP;
    }
  });
  return cells.filter(Boolean).join(', ');
}

export function rehypeScrollableBlocks() {
  return (tree) => {
    // Regions on one page need distinct names (axe: landmark-unique).
    let tables = 0;
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.tagName === 'table' && !(parent.type === 'element' && hasClass(parent, 'table-scroll'))) {
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['table-scroll'],
            tabIndex: 0,
            role: 'region',
            ariaLabel: `Table ${++tables}${headerLabel(node) ? `: ${headerLabel(node)}` : ''} (scrolls sideways)`,
          },
          children: [node],
        };
        return SKIP;
      }
      if (hasClass(node, 'katex-display')) {
        node.properties.tabIndex = 0;
        node.properties.role = 'group';
        node.properties.ariaLabel = 'Equation';
        return SKIP;
      }
    });
  };
}
