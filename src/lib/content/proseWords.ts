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
