/**
 * Lecture mode: the chapter presented one slide at a time (html[data-lecture], styled by
 * src/styles/lecture.css). Slides are the chapter's own elements, shown and hidden in place
 * (data-slide-hidden), never copied, so every widget on a slide is the live island of the page.
 * Which elements make which slide is decided by src/lib/lecture/slides.ts; this file reads the
 * article, wires the keys, buttons and URL, and moves focus.
 */
import { lectureAction, scrollWithinSlide, stepSlide } from '../lib/lecture/lectureKeys';
import { presentedSlide, withPresentedSlide } from '../lib/lecture/presentQuery';
import { blockWeight, splitSlides, type Slide, type SlideSource } from '../lib/lecture/slides';
import { applyTheme, currentTheme, readerTheme, setVisitTheme } from './theme';

/**
 * Where the arrows, Space, Backspace and letters belong to what has focus, not to lecture mode:
 * form controls, sliders and other composite widgets, scrollable regions, and every island.
 */
const KEEPS_KEYS = [
  'input',
  'select',
  'textarea',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="slider"]',
  '[role="spinbutton"]',
  '[role="combobox"]',
  '[role="listbox"]',
  '[role="grid"]',
  '[role="tablist"]',
  '[role="radiogroup"]',
  '[role="menu"]',
  '[role="region"][tabindex]',
  '[data-widget]',
  'astro-island',
].join(', ');
/** Where Space presses the control instead of turning the page. */
const PRESSABLE = 'button, a[href], summary, [role="button"]';
/** Blocks that take screen space beyond their text: figures, tables, widgets. */
const MEDIA = 'figure, table, astro-island, img, svg, canvas, video, [data-widget]';

interface Chapter {
  elements: HTMLElement[];
  slides: Slide[];
}

/** The article as the splitter sees it: its top-level elements, the text's own inlined. */
function readChapter(article: HTMLElement): Chapter {
  const elements: HTMLElement[] = [];
  const sources: SlideSource[] = [];
  const add = (el: HTMLElement, source: SlideSource) => {
    elements.push(el);
    sources.push(source);
  };
  const content = (el: HTMLElement): SlideSource => ({
    kind: 'content',
    weight: blockWeight(el.textContent?.length ?? 0, el.matches(MEDIA) || el.querySelector(MEDIA) !== null),
  });
  for (const child of article.children as HTMLCollectionOf<HTMLElement>) {
    if (child.matches('[data-slide-flow]')) {
      for (const el of child.children as HTMLCollectionOf<HTMLElement>) {
        if (el.matches('script, style, template')) continue;
        if (el.tagName === 'H2' || el.tagName === 'H3') add(el, { kind: 'heading', level: el.tagName === 'H2' ? 2 : 3 });
        else add(el, content(el));
      }
    } else if (child.matches('[data-slide="title"]')) {
      add(child, { kind: 'title', heading: child.tagName === 'H1' });
    } else if (child.querySelector('h2')) {
      add(child, { kind: 'section' });
    } else {
      add(child, content(child));
    }
  }
  return { elements, slides: splitSlides(sources) };
}

const headingOf = (el: HTMLElement): HTMLElement => (/^H[1-6]$/.test(el.tagName) ? el : (el.querySelector<HTMLElement>('h1, h2, h3, h4') ?? el));

function focusHeading(heading: HTMLElement): void {
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

function replaceSearch(search: string): void {
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
}

export function bindLectureMode(): void {
  const article = document.querySelector<HTMLElement>('article[data-slides]');
  const bar = document.querySelector<HTMLElement>('[data-lecture-bar]');
  if (!article || !bar) return;
  const { elements, slides } = readChapter(article);
  if (slides.length === 0) return;
  const status = bar.querySelector<HTMLElement>('[data-lecture-status]')!;
  const fill = bar.querySelector<HTMLElement>('[data-lecture-fill]')!;
  const previous = bar.querySelector<HTMLButtonElement>('[data-lecture-step="previous"]')!;
  const next = bar.querySelector<HTMLButtonElement>('[data-lecture-step="next"]')!;
  const root = document.documentElement;
  let current = 0;
  let active = false;
  let popoverOpen = false;

  const slideHeading = (index: number) => headingOf(elements[slides[index].heading]);

  /** Shows slide `index`; `focus` moves focus to its heading (keys, URL, start), else it stays. */
  function show(index: number, focus: boolean): void {
    current = index;
    const slide = slides[index];
    const own = new Set(slide.show);
    const context = new Set(slide.context);
    elements.forEach((el, i) => {
      el.toggleAttribute('data-slide-hidden', !own.has(i) && !context.has(i));
      el.toggleAttribute('data-slide-context', context.has(i));
    });
    status.textContent = `Slide ${index + 1} of ${slides.length}`;
    fill.style.transform = `scaleX(${(index + 1) / slides.length})`;
    previous.setAttribute('aria-disabled', String(index === 0));
    next.setAttribute('aria-disabled', String(index === slides.length - 1));
    replaceSearch(withPresentedSlide(location.search, index));
    window.scrollTo(0, 0);
    if (focus) focusHeading(slideHeading(index));
  }

  function enter(index: number): void {
    active = true;
    root.dataset.lecture = '';
    show(index, true);
  }

  /** Back to the page, at the heading of the slide we were on. */
  function exit(): void {
    const heading = slideHeading(current);
    active = false;
    delete root.dataset.lecture;
    for (const el of elements) {
      el.removeAttribute('data-slide-hidden');
      el.removeAttribute('data-slide-context');
    }
    replaceSearch(withPresentedSlide(location.search, null));
    heading.scrollIntoView({ block: 'start' });
    focusHeading(heading);
  }

  // Escape first closes an open citation card or glossary popover (src/scripts/popovers.ts); note
  // whether one was open before that handler marks it dismissed.
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') popoverOpen = document.querySelector('[data-popover]:is(:hover, :focus-within):not([data-dismissed])') !== null;
    },
    true,
  );

  document.addEventListener('keydown', (e) => {
    if (!active || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    const action = lectureAction(e.key, e.shiftKey);
    if (!action) return;
    const target = e.target instanceof Element ? e.target : null;
    if (action === 'exit') {
      if (popoverOpen) return;
      e.preventDefault();
      exit();
      return;
    }
    // Arrows in a slider move the slider; typing in a field types.
    if (target?.closest(KEEPS_KEYS)) return;
    if (e.key === ' ' && target?.closest(PRESSABLE)) return;
    e.preventDefault();
    const scrollTo = scrollWithinSlide(e.key, action, {
      top: window.scrollY,
      viewport: window.innerHeight,
      height: document.documentElement.scrollHeight,
    });
    if (scrollTo !== null) {
      window.scrollTo({ top: scrollTo });
      return;
    }
    const to = stepSlide(action, current, slides.length);
    if (to !== current) show(to, true);
  });

  // The on-screen buttons keep focus, so they can be pressed again; the change is announced.
  previous.addEventListener('click', () => {
    if (current > 0) show(current - 1, false);
  });
  next.addEventListener('click', () => {
    if (current < slides.length - 1) show(current + 1, false);
  });
  bar.querySelector('[data-lecture-exit]')?.addEventListener('click', exit);

  // The projector theme lasts the visit (and goes in the URL, so a bookmark keeps it); switching
  // it off returns to the reader's own light or dark theme, which it never overwrote.
  const projector = bar.querySelector<HTMLButtonElement>('[data-projector-toggle]')!;
  projector.setAttribute('aria-pressed', String(currentTheme() === 'projector'));
  projector.addEventListener('click', () => {
    const on = currentTheme() !== 'projector';
    applyTheme(on ? 'projector' : readerTheme());
    setVisitTheme(on ? 'projector' : null);
    const params = new URLSearchParams(location.search);
    if (on) params.set('theme', 'projector');
    else params.delete('theme');
    const search = params.toString();
    replaceSearch(search ? `?${search}` : '');
  });

  // A link on a slide to another part of the chapter (a figure, a section) opens its slide.
  window.addEventListener('hashchange', () => {
    if (!active) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const holder = target ? elements.findIndex((el) => el.contains(target)) : -1;
    const to = slides.findIndex((s) => s.show.includes(holder));
    if (to >= 0) show(to, true);
  });

  for (const start of document.querySelectorAll<HTMLButtonElement>('[data-lecture-start]')) {
    start.addEventListener('click', () => enter(0));
    start.dataset.ready = '';
  }
  const asked = presentedSlide(location.search, slides.length);
  if (asked !== null) enter(asked);
}
