/**
 * The text with its first letter in upper case, for a name that starts a message.
 * @example capitalized('the pod') → 'The pod'
 */
export function capitalized(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
