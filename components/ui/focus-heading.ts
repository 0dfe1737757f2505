/**
 * Moves focus to a heading after the user opened something (a view, a story), so keyboard and screen-reader users
 * land where the new content starts rather than on the link they left. Focusable by script only, never by Tab.
 */
export function focusHeading(heading: HTMLElement | null): void {
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}
