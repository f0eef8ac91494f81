/**
 * Lecture mode's slides, derived from the chapter itself so there is no second copy to keep in
 * sync: the title slide is the chapter's title block (kicker, title, summary, objectives), and
 * each h2 of the text starts a slide holding everything up to the next h2. A long section (more
 * than about a projected screen of text, figures and widgets, see SCREENFUL) is split at its h3s.
 * The sections the layout adds after the text (the check, key takeaways, references) are a slide
 * each. Pure: it sees the chapter as a list of descriptors, one per top-level element, in order;
 * the browser side (src/scripts/lecture.ts) builds the list and shows or hides the elements.
 */

/** One top-level element of the chapter, as the splitter needs to see it. */
export type SlideSource =
  /** Part of the title block; `heading` marks the chapter title (h1) itself. */
  | { kind: 'title'; heading?: boolean }
  /** A heading of the text: h2 starts a slide, h3 may (in a long section). */
  | { kind: 'heading'; level: 2 | 3 }
  /** A self-contained section with its own h2 (the check, key takeaways, references). */
  | { kind: 'section' }
  /** Anything else (paragraph, list, equation, figure, widget): it stays on the current slide. */
  | { kind: 'content'; weight: number };

export interface Slide {
  /** The slide's own elements, as indexes into the sources, in document order. */
  show: number[];
  /**
   * Headings shown above the slide for orientation, not part of it: the chapter title on every
   * slide after the first, and the section's h2 on the later parts of a split section.
   */
  context: number[];
  /** The element holding the slide's heading: focused on arrival, scrolled to on leaving. */
  heading: number;
}

/**
 * About what fits one projected screen in lecture mode's large type, in characters of text.
 * Figures and widgets count at least MEDIA_WEIGHT each (see blockWeight).
 */
export const SCREENFUL = 1800;
/** What a figure, table or widget costs at least: roughly half a projected screen. */
export const MEDIA_WEIGHT = 900;
/** A heading's share of the screen (its line and the space around it). */
const HEADING_WEIGHT = 80;

/** The weight of a content block: its text length, and at least MEDIA_WEIGHT for media. */
export function blockWeight(textLength: number, media: boolean): number {
  const text = Math.max(0, textLength);
  return media ? Math.max(text, MEDIA_WEIGHT) : text;
}

interface Part {
  /** The h3, or null for a section's text before its first h3. */
  heading: number | null;
  content: number[];
}

interface Group {
  kind: 'lead' | 'section' | 'standalone';
  /** The h2 or the standalone section; null for the lead (text before the first h2). */
  heading: number | null;
  parts: Part[];
}

const weightOf = (sources: readonly SlideSource[], i: number) => {
  const s = sources[i];
  return s.kind === 'content' ? s.weight : HEADING_WEIGHT;
};

function groupsOf(sources: readonly SlideSource[]): Group[] {
  const groups: Group[] = [];
  let group: Group = { kind: 'lead', heading: null, parts: [{ heading: null, content: [] }] };
  const part = () => group.parts[group.parts.length - 1];
  sources.forEach((s, i) => {
    if (s.kind === 'title') return;
    if (s.kind === 'section' || (s.kind === 'heading' && s.level === 2)) {
      groups.push(group);
      group = { kind: s.kind === 'section' ? 'standalone' : 'section', heading: i, parts: [{ heading: null, content: [] }] };
    } else if (s.kind === 'heading') {
      group.parts.push({ heading: i, content: [] });
    } else {
      part().content.push(i);
    }
  });
  groups.push(group);
  return groups;
}

const isEmpty = (p: Part) => p.heading === null && p.content.length === 0;

/** Splits the chapter into slides: title slide first, then the text's sections in order. */
export function splitSlides(sources: readonly SlideSource[]): Slide[] {
  const title = sources.flatMap((s, i) => (s.kind === 'title' ? [i] : []));
  const h1 = sources.findIndex((s) => s.kind === 'title' && s.heading);
  const chapterTitle = h1 >= 0 ? [h1] : [];
  const slides: Slide[] = [];
  if (title.length) slides.push({ show: title, context: [], heading: h1 >= 0 ? h1 : title[0] });

  for (const g of groupsOf(sources)) {
    const parts = g.parts.filter((p) => !isEmpty(p));
    const members = (p: Part) => (p.heading === null ? p.content : [p.heading, ...p.content]);
    if (g.heading === null) {
      // Text before the first h2 (the chapter's opening): under the chapter title, if it has one.
      const show = parts.flatMap(members);
      if (show.length) slides.push({ show, context: chapterTitle, heading: h1 >= 0 ? h1 : show[0] });
      continue;
    }
    const all = [g.heading, ...parts.flatMap(members)];
    const weight = all.reduce((sum, i) => sum + weightOf(sources, i), 0);
    const hasSubheadings = parts.some((p) => p.heading !== null);
    if (g.kind === 'standalone' || !hasSubheadings || weight <= SCREENFUL) {
      // One slide; an empty section stays as a divider slide showing its heading alone.
      slides.push({ show: all, context: chapterTitle, heading: g.heading });
      continue;
    }
    // A long section: one slide per h3. The h2 opens the first of them (with its introduction,
    // if any, else with the first h3) and then stays above the others as context.
    const [first, ...rest] = parts;
    slides.push({ show: [g.heading, ...members(first)], context: chapterTitle, heading: g.heading });
    for (const p of rest) slides.push({ show: members(p), context: [...chapterTitle, g.heading], heading: p.heading ?? members(p)[0] });
  }
  return slides;
}

