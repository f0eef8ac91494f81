/**
 * Which KaTeX font faces the built pages can ask for. Precaching all twenty faces (in three
 * formats) would make a student's first visit download fonts no page uses; the browser fetches a
 * face only when text in it is shown, so we precache exactly the faces whose KaTeX classes appear
 * in the HTML. The class → face map follows katex.css (KaTeX 0.16).
 */

/** A face is named as in KaTeX's font files: `KaTeX_<Family>-<Style>`. */
export type KatexFace = `KaTeX_${string}-${string}`;

/** Every rendered formula uses KaTeX_Main for digits, operators and upright text. */
const ALWAYS: KatexFace[] = ['KaTeX_Main-Regular'];

/**
 * Class (or pair of classes on one element) → faces it selects. Size1–4 are the large delimiter
 * and operator faces; `mathnormal` is math italic (variables).
 */
const CLASS_FACES: ReadonlyArray<[RegExp, KatexFace[]]> = [
  [/\bmathnormal\b/, ['KaTeX_Math-Italic']],
  [/\bmathit\b|\btextit\b/, ['KaTeX_Main-Italic']],
  [/\bmathbf\b|\btextbf\b/, ['KaTeX_Main-Bold']],
  [/\bboldsymbol\b/, ['KaTeX_Math-BoldItalic']],
  [/\bmathboldsf\b|\btextboldsf\b/, ['KaTeX_SansSerif-Bold']],
  [/\bmathitsf\b|\btextitsf\b/, ['KaTeX_SansSerif-Italic']],
  [/\bmathsf\b|\btextsf\b/, ['KaTeX_SansSerif-Regular']],
  [/\bmathtt\b|\btexttt\b/, ['KaTeX_Typewriter-Regular']],
  [/\bamsrm\b|\bmathbb\b|\btextbb\b/, ['KaTeX_AMS-Regular']],
  [/\bmathcal\b/, ['KaTeX_Caligraphic-Regular']],
  [/\bmathfrak\b|\btextfrak\b/, ['KaTeX_Fraktur-Regular']],
  [/\bmathscr\b|\btextscr\b/, ['KaTeX_Script-Regular']],
  [/\bdelimsizing\b[^"]*\bsize1\b|\bsmall-op\b/, ['KaTeX_Size1-Regular']],
  [/\bdelimsizing\b[^"]*\bsize2\b|\blarge-op\b/, ['KaTeX_Size2-Regular']],
  [/\bdelimsizing\b[^"]*\bsize3\b/, ['KaTeX_Size3-Regular']],
  [/\bdelimsizing\b[^"]*\bsize4\b|\bdelim-size4\b/, ['KaTeX_Size4-Regular']],
  [/\bdelim-size1\b/, ['KaTeX_Size1-Regular']],
];

/** Faces the given pages need; empty when no page holds a formula. */
export function katexFacesUsed(pages: Iterable<string>): Set<KatexFace> {
  const used = new Set<KatexFace>();
  for (const html of pages) {
    if (!html.includes('class="katex')) continue;
    for (const face of ALWAYS) used.add(face);
    for (const attr of html.matchAll(/class="([^"]*)"/g)) {
      const classes = attr[1];
      for (const [pattern, faces] of CLASS_FACES) {
        if (pattern.test(classes)) for (const face of faces) used.add(face);
      }
    }
  }
  return used;
}

/** The face a built font file holds, e.g. `_astro/KaTeX_Main-Bold.Cx986IdX.woff2` → `KaTeX_Main-Bold`. */
export function katexFaceOfFile(path: string): KatexFace | null {
  const m = /(KaTeX_[A-Za-z0-9]+-[A-Za-z]+)\.[^/]*$/.exec(path);
  return m ? (m[1] as KatexFace) : null;
}
