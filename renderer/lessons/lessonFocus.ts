/**
 * The lesson's highlight as a style sheet: the focus blocks on the canvas and the focus settings in the
 * inspector glow. CSS keyed by the blocks' data-id keeps the canvas code unaware of lessons. Block ids are
 * letters, digits and underscores (NODE_ID_PATTERN) and settings are catalog names, so they are safe in selectors.
 */
const SAFE = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function lessonFocusCss(blocks: readonly string[], params: readonly string[]): string {
  const b = blocks.filter((id) => SAFE.test(id));
  const p = params.filter((id) => SAFE.test(id));
  const rules: string[] = [];
  if (b.length) {
    rules.push(`${b.map((id) => `.react-flow__node[data-id="${id}"] [data-testid="block-card"]`).join(', ')} { box-shadow: 0 0 0 3px var(--lesson-focus), 0 0 18px 2px var(--lesson-focus-glow); animation: ll-lesson-pulse 1.6s ease-in-out 3; }`);
  }
  if (p.length) {
    rules.push(`${p.map((id) => `.ll-inspector [data-testid="param-${id}"]`).join(', ')} { box-shadow: 0 0 0 2px var(--lesson-focus); }`);
  }
  return rules.join('\n');
}
