/**
 * Text from users and files (a folder name, a class name, a project name, a client's message) on its way
 * to a terminal: control characters would move the cursor, recolour or clear the screen, or hide text
 * (ANSI escapes, carriage returns, bidirectional overrides). They are shown escaped instead, as `\x1b`.
 * Newlines and tabs stay when the text is a multi-line message of our own (`keepNewlines`).
 */

// C0 controls (but \t and \n, handled by the caller's choice), DEL, C1 controls, and Unicode's bidi
// embeddings, overrides and isolates and the line/paragraph separators.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_WITH_NEWLINES = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character shown escaped; with `keepNewlines`, \n and \t pass through. */
export function terminalSafe(text: string, { keepNewlines = false } = {}): string {
  return text.replace(keepNewlines ? UNSAFE : UNSAFE_WITH_NEWLINES, escape);
}
