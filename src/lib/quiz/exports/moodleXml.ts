/**
 * Moodle XML export: multichoice (single or multiple answers with the course's partial credit),
 * numerical with an absolute tolerance and unit, matching, and ordering as matching with positions
 * (the ordering question type is an optional Moodle plugin).
 */
import type { ExportItem } from './exportItems';
import { escapeXml } from './xml';

const text = (s: string) => `<text>${escapeXml(s)}</text>`;

function question(item: ExportItem): string {
  const head = (type: string, prompt: string) =>
    `  <question type="${type}">\n    <name>${text(item.id)}</name>\n    <questiontext format="plain_text">${text(prompt)}</questiontext>\n    <generalfeedback format="plain_text">${text(item.generalFeedback)}</generalfeedback>\n    <defaultgrade>1</defaultgrade>\n`;
  switch (item.kind) {
    case 'choice':
      return `${head('multichoice', item.prompt)}    <single>${item.multiple ? 'false' : 'true'}</single>\n    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n${item.options
        .map((o) => `    <answer fraction="${o.weight}" format="plain_text">${text(o.text)}<feedback format="plain_text">${text(o.feedback)}</feedback></answer>`)
        .join('\n')}\n  </question>`;
    case 'numeric':
      return `${head('numerical', item.prompt)}    <answer fraction="100">${text(String(item.answer))}<tolerance>${item.tolerance}</tolerance><feedback format="plain_text">${text('')}</feedback></answer>\n    <units><unit><multiplier>1</multiplier><unit_name>${escapeXml(item.unit)}</unit_name></unit></units>\n    <unitgradingtype>0</unitgradingtype>\n    <showunits>${item.unit ? 2 : 3}</showunits>\n  </question>`;
    case 'matching':
    case 'ordering': {
      const pairs = item.kind === 'matching' ? item.pairs : item.items.map((t, i) => ({ left: t, right: `Position ${i + 1}` }));
      const prompt = item.kind === 'ordering' ? `${item.prompt} (Match each item with its position.)` : item.prompt;
      return `${head('matching', prompt)}    <shuffleanswers>true</shuffleanswers>\n${pairs
        .map((p) => `    <subquestion format="plain_text">${text(p.left)}<answer>${text(p.right)}</answer></subquestion>`)
        .join('\n')}\n  </question>`;
    }
  }
}

export function toMoodleXml(title: string, items: readonly ExportItem[]): string {
  const category = `  <question type="category">\n    <category>${text(`$course$/${title}`)}</category>\n  </question>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${[category, ...items.map(question)].join('\n')}\n</quiz>\n`;
}
