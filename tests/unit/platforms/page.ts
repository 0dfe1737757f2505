import type { CallState } from '@/utils/model';
import type { FixturePlatform } from '../../fixtures/platforms';
import { FIXTURE_URLS, fixturePage } from '../../fixtures/platforms';

type HappyWindow = Window & { happyDOM: { setURL(url: string): void } };

export function setUrl(url: string): void {
  (window as unknown as HappyWindow).happyDOM.setURL(url);
}

/** Puts a fixture in the test document at its real URL. Its scripts do not run: adapters must read markup alone. */
export function loadFixture(platform: FixturePlatform, state: CallState): void {
  setUrl(FIXTURE_URLS[platform]);
  document.documentElement.innerHTML = fixturePage(platform, state);
}

/** The <body> markup of a fixture, for swapping screens the way the platforms do. */
export function fixtureBody(platform: Exclude<FixturePlatform, 'zoom'>, state: CallState): string {
  const parsed = new DOMParser().parseFromString(fixturePage(platform, state), 'text/html');
  return parsed.body.innerHTML;
}

/** Zoom's client document: the srcdoc of `iframe#webclient`, already parsed by the HTML parser. */
export function zoomInner(state: CallState): string {
  const parsed = new DOMParser().parseFromString(fixturePage('zoom', state), 'text/html');
  return parsed.querySelector('iframe#webclient')?.getAttribute('srcdoc') ?? '';
}

export function zoomFrame(doc: Document = document): HTMLIFrameElement {
  const frame = doc.querySelector<HTMLIFrameElement>('iframe#webclient');
  if (!frame) throw new Error('no iframe#webclient');
  return frame;
}

/** Drops everything a translation could change: labels, titles and all text except icon ligatures. */
export function stripLanguage(doc: Document): void {
  for (const el of doc.querySelectorAll('[aria-label],[title],[placeholder]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('title');
    el.removeAttribute('placeholder');
  }
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    if (!text.parentElement?.matches('.google-symbols,.google-material-icons') && text.data.trim()) text.data = 'Ж';
  }
}

export function resetDocument(): void {
  document.documentElement.innerHTML = '<head></head><body></body>';
}
