/**
 * Counts the words a reader reads in a chapter's MDX body: prose only, without imports, JSX tags,
 * math, MDX comments or expressions. Used for the chapter word floor and reading estimates.
 */
export function proseWordCount(mdxBody: string): number {
  const prose = mdxBody
    .replace(/^import\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/[#*_|>`-]+/g, ' ');
  return prose.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
}

/**
 * Words of the main text only: proseWordCount without worked examples and misconception boxes.
 * The chapter's upper word cap bounds the reading a chapter asks for; the boxed exercises that
 * issue 14 requires in every chapter are practice, revealed step by step, so they do not count
 * against it (the floor still counts everything).
 */
export function mainProseWordCount(mdxBody: string): number {
  return proseWordCount(
    mdxBody
      .replace(/<WorkedExample[\s>][\s\S]*?<\/WorkedExample>/g, ' ')
      .replace(/<Misconception[\s>][\s\S]*?<\/Misconception>/g, ' '),
  );
}
