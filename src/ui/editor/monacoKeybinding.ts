import type * as MonacoTypes from 'monaco-editor';
import { parseShortcut } from '../../store/commands/shortcut';

/**
 * A shortcut of the command table as a Monaco key binding (KeyMod | KeyCode), or null for a key
 * Monaco has no code for. Mod is CtrlCmd: Ctrl, or ⌘ on a Mac, as in the rest of the app.
 */
export function monacoKeybinding(monaco: typeof MonacoTypes, shortcut: string): number | null {
  const { mod, shift, alt, key } = parseShortcut(shortcut);
  const name = /^[A-Z]$/.test(key) ? `Key${key}` : /^[0-9]$/.test(key) ? `Digit${key}` : key;
  const code = (monaco.KeyCode as unknown as Record<string, number | undefined>)[name];
  if (code === undefined) return null;
  return (mod ? monaco.KeyMod.CtrlCmd : 0) | (shift ? monaco.KeyMod.Shift : 0) | (alt ? monaco.KeyMod.Alt : 0) | code;
}
