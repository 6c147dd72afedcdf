/** Python identifiers for block ids and model names: block ids are already identifiers, but some clash with Python or nn.Module. */

const PYTHON_KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield', 'match', 'case', 'type',
]);

/** Names the generated code uses itself, and nn.Module / keras.Model attributes a submodule must not shadow. */
const RESERVED = new Set([
  'self', 'x', 'torch', 'nn', 'F', 'keras', 'layers', 'inputs', 'outputs', 'model',
  'forward', 'training', 'train', 'eval', 'to', 'cuda', 'cpu', 'float', 'double', 'half', 'type', 'apply', 'parameters',
  'buffers', 'children', 'modules', 'state_dict', 'zero_grad', 'register_buffer', 'add_module', 'requires_grad_', 'extra_repr',
]);

/** A block id as a Python identifier (attribute or variable): unchanged unless it clashes, then with a trailing `_`. */
export function pythonName(id: string): string {
  return PYTHON_KEYWORDS.has(id) || RESERVED.has(id) ? `${id}_` : id;
}

/** "resnet18" → "Resnet18", "my net" → "MyNet": the exported class name. */
export function className(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  if (!joined) return 'Net';
  return /^[0-9]/.test(joined) ? `Net${joined}` : joined;
}

/** A Python literal for a string, float or whole number. */
export function pyStr(s: string): string {
  return JSON.stringify(s);
}

export function pyNum(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n);
}
