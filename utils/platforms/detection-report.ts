import type { CallState } from '@/utils/model';
import type { Signal } from './types';

/**
 * The "Copy a detection report" text, for a candidate whose platform changed its page so the panel never appeared.
 * It carries what a maintainer needs to fix an adapter and nothing about the candidate: the URL's *form* (host and
 * path with every id replaced, query parameter names without values, no fragment), the adapter's named signals
 * found or missing (names we chose, never page text), its recent verdicts and the browser and extension versions.
 * Built here, pure, so a test can prove no page text or meeting id gets in; nothing sends it anywhere.
 */

export type Verdict = { at: number; state: CallState | null };

export type DetectionReportInput = {
  url: string;
  platform: string;
  signals: readonly Signal[];
  /** The adapter's reads, oldest first; only the last `windowMs` before `now` are listed. */
  verdicts: readonly Verdict[];
  browser: string;
  extensionVersion: string;
  now: number;
  windowMs?: number;
};

const SEGMENT_SHAPES: ReadonlyArray<[RegExp, string]> = [
  [/^[a-z]{3}-[a-z]{4}-[a-z]{3}$/i, '<meet-code>'],
  [/^\d+$/, '<number>'],
  // A Teams thread (19:meeting_…@thread.v2), an encoded anything, or a long token.
  [/[:@%]|^[A-Za-z0-9_=-]{16,}$/, '<id>'],
];
/** Path words every platform uses and that say nothing about the candidate or the meeting. */
const KNOWN_WORDS = new Set([
  '_meet',
  'j',
  's',
  'w',
  'wc',
  'join',
  'leave',
  'my',
  'v2',
  'l',
  'meetup-join',
  'light-meetings',
  'launch',
  'meet',
  'landing',
]);

/** One path segment, or the route inside a hash, as its shape. */
function segmentShape(segment: string, afterMy: boolean): string {
  if (afterMy) return '<name>';
  for (const [pattern, shape] of SEGMENT_SHAPES) if (pattern.test(segment)) return shape;
  return KNOWN_WORDS.has(segment.toLowerCase()) ? segment.toLowerCase() : '<word>';
}

function pathShape(path: string): string {
  const parts = path.split('/');
  return parts
    .map((part, i) => (part === '' ? '' : segmentShape(part, parts[i - 1]?.toLowerCase() === 'my')))
    .join('/');
}

/** The URL reduced to its form: `https://<host>/<path shape>?<param names>#<route shape>`. */
export function urlForm(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '<not a URL>';
  }
  // Vanity Zoom hosts name the candidate's employer or interviewer: keep the platform's own domain only.
  const host = url.hostname.replace(/^(?:[a-z0-9-]+\.)+(?=(?:zoom\.us|zoom\.com|zoomgov\.com)$)/i, '<sub>.');
  const names = [...new Set([...url.searchParams.keys()])].sort();
  const query = names.length ? `?${names.map((name) => `${encodeURIComponent(name)}=…`).join('&')}` : '';
  const route = url.hash.replace(/^#/, '').split('?')[0] ?? '';
  const hash = route ? `#${pathShape(route)}` : '';
  return `${url.protocol}//${host}${pathShape(url.pathname)}${query}${hash}`;
}

export function buildDetectionReport(input: DetectionReportInput): string {
  const windowMs = input.windowMs ?? 5 * 60_000;
  const recent = input.verdicts.filter((v) => v.at <= input.now && input.now - v.at <= windowMs);
  const found = input.signals.filter((s) => s.found).map((s) => s.name);
  const missing = input.signals.filter((s) => !s.found).map((s) => s.name);
  const seconds = (at: number) => `-${Math.round((input.now - at) / 1000)}s`;
  return [
    'Starboard detection report',
    `platform: ${input.platform}`,
    `page: ${urlForm(input.url)}`,
    `browser: ${oneLine(input.browser)}`,
    `extension: ${oneLine(input.extensionVersion)}`,
    `signals found: ${found.length ? found.join(', ') : '(none)'}`,
    `signals missing: ${missing.length ? missing.join(', ') : '(none)'}`,
    `verdicts (last ${Math.round(windowMs / 60_000)} min): ${
      recent.length ? recent.map((v) => `${seconds(v.at)} ${v.state ?? 'unknown'}`).join(', ') : '(none)'
    }`,
  ].join('\n');
}

/** Version strings come from the browser; keep them from adding lines of their own. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}
