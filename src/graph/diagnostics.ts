/** Builders for the analysis diagnostics: every message names the block and says how to fix it, in both languages. */
import type { Diagnostic, DiagnosticCode, FixAction, Severity } from './analysisTypes';
import { text, type Localized } from './localized';

export function diagnostic(
  severity: Severity, code: DiagnosticCode, message: Localized, fix: Localized,
  where: { nodeId?: string; edgeId?: string; param?: string; action?: FixAction } = {},
): Diagnostic {
  return { severity, code, message, fix, ...where };
}

/** How a block is named in messages: its label, or kind and id. */
export function blockName(node: { id: string; kind: string; label?: string }): Localized {
  const name = node.label ? `"${node.label}"` : `${node.kind} "${node.id}"`;
  return text(name, name);
}

export const errorsFirst = (a: Diagnostic, b: Diagnostic): number =>
  (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1);
