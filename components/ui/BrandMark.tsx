/**
 * Starboard's mark (components/ui/icon.svg) drawn in the page's own brand tokens, so it follows light and dark with
 * the rest of the page. Decorative: the product name is always written beside it.
 */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg class="brand-mark" width={size} height={size} viewBox="0 0 128 128" aria-hidden="true" focusable="false">
      <rect x="4" y="4" width="120" height="120" rx="28" fill="var(--accent)" />
      <polygon
        points="64,21 76.3,50 107.7,52.8 84,73.5 91,104.2 64,88 37,104.2 44,73.5 20.3,52.8 51.7,50"
        fill="var(--accent-fg)"
        stroke="var(--accent-fg)"
        stroke-width="4"
        stroke-linejoin="round"
      />
    </svg>
  );
}
