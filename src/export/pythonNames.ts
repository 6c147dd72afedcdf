/**
 * Everything user-controlled that reaches generated Python goes through here: names, class labels, paths and
 * descriptions become escaped string literals (`pyStr`) or escaped docstring text (`pyDocText`); block ids become
 * identifiers only when they are plain ASCII identifiers (`pythonName`), and the class name is rebuilt from letters
 * and digits (`className`). Nothing a user types can end a string, a docstring or a comment.
 */
import { ExportError } from './exportError';

const PYTHON_KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield', 'match', 'case', 'type',
]);

/** Names the generated code uses itself, and nn.Module / keras.Model attributes a submodule must not shadow. */
const RESERVED = new Set([
  'self', 'x', 'torch', 'nn', 'F', 'keras', 'layers', 'inputs', 'outputs', 'model', 'np', 'math', 'os', 'json', 'sys',
  'forward', 'training', 'train', 'eval', 'to', 'cuda', 'cpu', 'float', 'double', 'half', 'type', 'apply', 'parameters',
  'buffers', 'children', 'modules', 'state_dict', 'zero_grad', 'register_buffer', 'add_module', 'requires_grad_', 'extra_repr',
  'avg_pool_same', 'upsample_bilinear_tf',
]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A block id as a Python identifier (attribute or variable): unchanged unless it clashes with a keyword or a name the
 * code uses (then a trailing `_`) or starts with `__` (Python would mangle it inside the class: then a leading `b`).
 * Anything but an ASCII identifier is refused: project files only allow those (NODE_ID_PATTERN), and code is never
 * written from anything else.
 */
export function pythonName(id: string): string {
  if (!IDENTIFIER.test(id)) {
    throw new ExportError(`block id ${pyStr(id)} is not a plain identifier (letters, digits and _, not starting with a digit); rename the block`);
  }
  if (id.startsWith('__')) return `b${id}`;
  return PYTHON_KEYWORDS.has(id) || RESERVED.has(id) ? `${id}_` : id;
}

/** "resnet18" → "Resnet18", "my net" → "MyNet": the exported class name (ASCII letters and digits only). */
export function className(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  if (!joined) return 'Net';
  return /^[0-9]/.test(joined) ? `Net${joined}` : joined;
}

/**
 * Characters written as escapes: controls (C0, DEL, C1, which include NUL and Python's line breaks \n \r \f \v),
 * format characters (bidirectional overrides and other invisible ones: "Trojan Source"), line and paragraph
 * separators, lone surrogates, private-use and unassigned code points. Printable text of any script stays readable.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]/u;

function escapeChar(ch: string): string {
  switch (ch) {
    case '\\': return '\\\\';
    case '"': return '\\"';
    case '\n': return '\\n';
    case '\r': return '\\r';
    case '\t': return '\\t';
  }
  const cp = ch.codePointAt(0)!;
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

/** The escaped body of a double-quoted Python string (no quotes): `\`, `"` and every unsafe character escaped. */
function escapeText(s: string): string {
  let out = '';
  // Iterating a string by code points keeps surrogate pairs together; a lone surrogate comes alone.
  for (const ch of s) out += ch === '\\' || ch === '"' || UNSAFE.test(ch) ? escapeChar(ch) : ch;
  return out;
}

/** A Python string literal equal to `s` (round trip exact, lone surrogates included), on one line. */
export function pyStr(s: string): string {
  return `"${escapeText(s)}"`;
}

/**
 * `s` for a docstring or comment: one line, escaped like {@link pyStr} without the quotes, so it can end neither
 * the docstring nor the comment (a `"` is `\"`, a line break `\n`). Long text is cut at `max` characters.
 */
export function pyDocText(s: string, max = 300): string {
  const cut = [...s].length > max ? `${[...s].slice(0, max).join('')}…` : s;
  return escapeText(cut);
}

export function pyNum(n: number): string {
  return String(n);
}
