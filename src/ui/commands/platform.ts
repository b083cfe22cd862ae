import { formatShortcut, platformOf, type Platform } from '../../store/commands/shortcut';

/** The platform this browser runs on: it decides whether Mod is Ctrl or ⌘. */
export const PLATFORM: Platform = typeof navigator === 'undefined' ? 'other' : platformOf(navigator.userAgent);

/** A shortcut as this platform writes it: "Ctrl+K" or "⌘K". */
export function shortcutText(shortcut: string): string {
  return formatShortcut(shortcut, PLATFORM);
}

/** A shortcut as `aria-keyshortcuts` writes it: "Control+K", "Meta+K", "Alt+P". */
export function ariaKeyShortcut(shortcut: string): string {
  return shortcut.replace('Mod', PLATFORM === 'mac' ? 'Meta' : 'Control');
}
