import { describe, expect, it } from 'vitest';
import {
  canonicalShortcut,
  formatShortcut,
  matchesShortcut,
  parseShortcut,
  platformOf,
  type KeyPress,
} from './shortcut';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('shortcuts', () => {
  it('parse modifiers and a key, and refuse what is not one', () => {
    expect(parseShortcut('Mod+Shift+z')).toEqual({ mod: true, shift: true, alt: false, key: 'Z' });
    expect(parseShortcut('Escape')).toEqual({ mod: false, shift: false, alt: false, key: 'Escape' });
    expect(() => parseShortcut('Ctrl+Z')).toThrow(/Not a shortcut/);
    expect(() => parseShortcut('Mod+')).toThrow(/Not a shortcut/);
  });

  it('Mod is Ctrl on Linux and Windows, ⌘ on a Mac, and never both', () => {
    expect(matchesShortcut(press('k', { ctrlKey: true }), 'Mod+K', 'other')).toBe(true);
    expect(matchesShortcut(press('k', { metaKey: true }), 'Mod+K', 'other')).toBe(false);
    expect(matchesShortcut(press('k', { metaKey: true }), 'Mod+K', 'mac')).toBe(true);
    expect(matchesShortcut(press('k', { ctrlKey: true }), 'Mod+K', 'mac')).toBe(false);
    expect(matchesShortcut(press('k'), 'Mod+K', 'other')).toBe(false);
  });

  it('needs exactly the modifiers written', () => {
    expect(matchesShortcut(press('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z', 'other')).toBe(false);
    expect(matchesShortcut(press('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z', 'other')).toBe(true);
    expect(matchesShortcut(press('p', { altKey: true, ctrlKey: true }), 'Alt+P', 'other')).toBe(false);
    expect(matchesShortcut(press('Escape'), 'Escape', 'other')).toBe(true);
    expect(matchesShortcut(press('Escape', { shiftKey: true }), 'Escape', 'other')).toBe(false);
  });

  it('match a letter by its place when Option changes the character it types', () => {
    expect(matchesShortcut({ ...press('π', { altKey: true }), code: 'KeyP' }, 'Alt+P', 'mac')).toBe(true);
    expect(matchesShortcut({ ...press('¬', { altKey: true }), code: 'KeyL' }, 'Alt+P', 'mac')).toBe(false);
  });

  it('are shown the way each platform writes them', () => {
    expect(formatShortcut('Mod+Shift+Z', 'other')).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('Mod+Shift+Z', 'mac')).toBe('⇧⌘Z');
    expect(formatShortcut('Alt+P', 'mac')).toBe('⌥P');
    expect(formatShortcut('Escape', 'other')).toBe('Esc');
  });

  it('compare equal however the modifiers are ordered', () => {
    expect(canonicalShortcut('Shift+Mod+z')).toBe(canonicalShortcut('Mod+Shift+Z'));
  });

  it('know a Mac by its user agent', () => {
    expect(platformOf('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)')).toBe('mac');
    expect(platformOf('Mozilla/5.0 (X11; Linux x86_64)')).toBe('other');
  });
});
