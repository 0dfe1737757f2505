import { isTextField, shortcutFor } from '@/utils/cue-card/shortcuts';

function key(value: string, target: EventTarget | null = document.body, modifiers: Partial<KeyboardEvent> = {}) {
  return { key: value, ctrlKey: false, metaKey: false, altKey: false, target, ...modifiers };
}

function element(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild as HTMLElement;
}

describe('panel shortcuts', () => {
  it('maps the keys outside text fields', () => {
    expect(shortcutFor(key('/'))).toBe('search');
    expect(shortcutFor(key('q'))).toBe('capture');
    expect(shortcutFor(key('t'))).toBe('told');
    expect(shortcutFor(key('j'))).toBe('next');
    expect(shortcutFor(key('k'))).toBe('previous');
    expect(shortcutFor(key('?'))).toBe('help');
    expect(shortcutFor(key('Escape'))).toBe('escape');
    expect(shortcutFor(key('x'))).toBeNull();
    expect(shortcutFor(key('button', element('<button>Told</button>')))).toBeNull();
    expect(shortcutFor(key('t', element('<input type="checkbox">')))).toBe('told');
  });

  it('never fires while typing, where Escape only leaves the field', () => {
    for (const html of ['<input>', '<input type="search">', '<textarea></textarea>', '<select></select>']) {
      expect(isTextField(element(html))).toBe(true);
      expect(shortcutFor(key('t', element(html)))).toBeNull();
      expect(shortcutFor(key('/', element(html)))).toBeNull();
      expect(shortcutFor(key('Escape', element(html)))).toBe('leave-field');
    }
    const editable = element('<div contenteditable="true"></div>');
    document.body.append(editable);
    expect(shortcutFor(key('q', editable))).toBeNull();
    editable.remove();
  });

  it('leaves browser and system shortcuts alone', () => {
    expect(shortcutFor(key('t', document.body, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('k', document.body, { metaKey: true }))).toBeNull();
    expect(shortcutFor(key('j', document.body, { altKey: true }))).toBeNull();
    expect(shortcutFor(key('q', document.body, { isComposing: true }))).toBeNull();
  });
});
