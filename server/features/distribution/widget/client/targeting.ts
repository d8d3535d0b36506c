/// <reference lib="dom" />
// When a widget may show on this page view: the address matches its pattern, the page view is in
// its sample (decided once), and then, in this order, its event was tracked, its delay has passed,
// the visitor has scrolled far enough and, if asked, is about to leave (the pointer heads for the
// browser's bar — desktops only). Each condition a widget does not set is met at once.
import type { WidgetConfig } from '../schemas';

/** Whether `href` matches `pattern`, in which `*` stands for any characters (the whole address). */
export function urlMatches(pattern: string | null, href: string): boolean {
  if (!pattern) return true;
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp('^' + source + '$').test(href);
}

/** Calls `then` once the page has ever been scrolled `percent` of the way down (a short page: at once). */
function onScrolled(percent: number, then: () => void): void {
  const check = () => {
    const el = document.documentElement;
    const room = el.scrollHeight - window.innerHeight;
    if (room > 0 && (window.pageYOffset * 100) / room < percent) return;
    window.removeEventListener('scroll', check);
    then();
  };
  window.addEventListener('scroll', check, { passive: true });
  check();
}

/** Calls `then` when the pointer leaves the page through its top edge. */
function onExitIntent(then: () => void): void {
  const leave = (e: MouseEvent) => {
    if (e.relatedTarget || e.clientY > 0) return;
    document.removeEventListener('mouseout', leave);
    then();
  };
  document.addEventListener('mouseout', leave);
}

type Step = (next: () => void) => void;

/**
 * Calls `show` when the widget's conditions are met on this page view; never if the address does not
 * match or the page view falls outside the sample.
 * @param onEvent calls its callback once the named event is (or already was) tracked on this page
 */
export function whenTargeted(
  c: WidgetConfig,
  onEvent: (name: string, then: () => void) => void,
  show: () => void,
): void {
  if (!urlMatches(c.urlPattern, location.href) || !(Math.random() * 100 < c.samplePercent)) return;
  const steps: Step[] = [
    (next) => (c.event ? onEvent(c.event, next) : next()),
    (next) => (c.delaySeconds ? setTimeout(next, c.delaySeconds * 1000) : next()),
    (next) => (c.scrollPercent ? onScrolled(c.scrollPercent, next) : next()),
    (next) => (c.exitIntent ? onExitIntent(next) : next()),
  ];
  steps.reduceRight<() => void>((next, step) => () => step(next), show)();
}
