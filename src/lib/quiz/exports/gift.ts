/**
 * GIFT export (Moodle's plain-text question format). Ordering questions become matching
 * questions that pair each item with its position, since GIFT has no ordering type.
 */
import type { ExportItem } from './exportItems';

/** GIFT's control characters are escaped with a backslash wherever text appears. */
export function escapeGift(text: string): string {
  return text.replace(/([~=#{}:\\])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/**
 * A matching answer (the text after "->"). GIFT readers disagree there: Moodle needs "~" escaped
 * (a tilde makes it a multiple-choice question) and gift-pegjs rejects a bare ":" but hands back
 * its escape placeholders ("&&058;", "&&126;") instead of the characters. So the two are written
 * as characters that need no escape: "a: b" as "a – b", a ":" inside a word as "∶" (ratio),
 * "~10" (about ten) as "≈10" and any other "~" as "∼" (tilde operator).
 */
export function giftMatchAnswer(text: string): string {
  return escapeGift(
    text
      .replace(/:\s+/g, ' – ')
      .replace(/:/g, '\u2236')
      .replace(/~(?=\s?\d)/g, '≈')
      .replace(/~/g, '\u223c'),
  );
}

/** Plain decimal digits: GIFT readers (gift-pegjs, Moodle's importer) do not accept 1.5e-7. */
export const num = (x: number) => x.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

function body(item: ExportItem): string {
  const general = `####${escapeGift(item.generalFeedback)}`;
  switch (item.kind) {
    case 'choice':
      return item.options
        .map((o) =>
          item.multiple
            ? `~%${num(o.weight)}%${escapeGift(o.text)}#${escapeGift(o.feedback)}`
            : `${o.correct ? '=' : '~'}${escapeGift(o.text)}#${escapeGift(o.feedback)}`,
        )
        .concat(general)
        .join('\n');
    case 'numeric':
      return `#${num(item.answer)}:${num(item.tolerance)}\n${general}`;
    case 'matching':
      return item.pairs.map((p) => `=${escapeGift(p.left)} -> ${giftMatchAnswer(p.right)}`).concat(general).join('\n');
    case 'ordering':
      return item.items.map((text, i) => `=${escapeGift(text)} -> Position ${i + 1}`).concat(general).join('\n');
  }
}

/**
 * The $CATEGORY line is read raw by Moodle (escapes would show as "&&058;"); only a "/" is special
 * there (it starts a subcategory), so it is doubled, Moodle's way of writing a literal slash.
 */
function categoryName(title: string): string {
  return title.replace(/\r?\n/g, ' ').replace(/\//g, '//');
}

export function toGift(title: string, items: readonly ExportItem[]): string {
  const header = `// ${title.replace(/\r?\n/g, ' ')}\n// Exported from the Alkali-Metal Anodes course. Numbers in calculation questions are one fixed draw.\n\n$CATEGORY: ${categoryName(title)}\n`;
  const questions = items.map((item) => {
    const prompt = item.kind === 'ordering' ? `${item.prompt} (Match each item with its position.)` : item.prompt;
    return `::${escapeGift(item.id)}::[plain]${escapeGift(prompt)}{\n${body(item)}\n}`;
  });
  return `${header}\n${questions.join('\n\n')}\n`;
}
