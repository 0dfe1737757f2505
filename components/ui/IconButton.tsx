import type { LucideIcon } from 'lucide-preact';
import type { JSX, Ref } from 'preact';

type ButtonProps = Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label' | 'title' | 'children' | 'icon'>;

/**
 * A button that shows only an icon (Lucide, through lucide-preact: ISC-licensed, one ES module per icon, so the
 * bundler keeps only the icons we import). Its accessible name is the `label` (already through t()), also shown as
 * the tooltip; the icon itself is hidden from assistive tech.
 */
export function IconButton({
  icon: Icon,
  label,
  class: className,
  size = 16,
  buttonRef,
  ...rest
}: ButtonProps & {
  icon: LucideIcon;
  label: string;
  size?: number;
  /** For a caller that moves focus back to the button (a function component takes no `ref` of its own). */
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <button
      type="button"
      {...rest}
      ref={buttonRef}
      class={className ? `icon-button ${className}` : 'icon-button'}
      aria-label={label}
      title={label}
    >
      <Icon size={size} aria-hidden="true" focusable="false" />
    </button>
  );
}
