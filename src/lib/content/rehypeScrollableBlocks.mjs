// Wide blocks scroll sideways instead of widening the page on a phone: every table is wrapped in
// a labelled scroll region, and every display equation becomes one. Both are focusable so
// keyboard users can scroll them too (axe: scrollable-region-focusable). Runs after rehype-katex.
import { visit, SKIP } from 'unist-util-visit';

const hasClass = (node, name) => {
  const c = node.properties?.className;
  return Array.isArray(c) ? c.includes(name) : c === name;
};

export function rehypeScrollableBlocks() {
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.tagName === 'table' && !(parent.type === 'element' && hasClass(parent, 'table-scroll'))) {
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table (scrolls sideways)' },
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
