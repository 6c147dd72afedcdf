/**
 * What a block shows on its face, computed from the document, the analysis and the language. Pure: the
 * canvas re-uses the previous object when nothing visible changed, so only changed blocks re-render.
 */
import type { Diagnostic, NodeAnalysis } from '../../src/graph/analysisTypes';
import { projectionLines } from '../../src/diagram/blockFace';
import type { BlockCategory } from '../../src/graph/blocks/blockDefinition';
import { getBlock } from '../../src/graph/blocks/index';
import type { Language } from '../../src/graph/localized';
import type { ParamSpec } from '../../src/graph/params';
import type { GraphNode, ParamValue } from '../../src/graph/types';
import { formatCompact, formatField, formatInt, formatShape, formatTight } from '../format';
import { STRINGS } from '../i18n/strings';

export interface BlockChip {
  readonly name: string;
  readonly text: string;
}

export interface BlockView {
  [key: string]: unknown;
  readonly kind: string;
  readonly title: string;
  /** The name on the far level of detail: the label, else the title, else (a long English title) the kind. */
  readonly farTitle: string;
  readonly label: string | null;
  readonly category: BlockCategory | 'unknown';
  readonly chips: readonly BlockChip[];
  readonly outShape: string;
  readonly params: string;
  readonly paramsExact: string;
  /** Parameters as short as they go (70K), for the far level of detail. */
  readonly farParams: string;
  readonly rf: string;
  /** An Add's automatic shortcut projections, one line each ("input 2: 1×1 s2, 64→128 + BN"). */
  readonly projections: readonly string[];
  /** The card's tooltip on its numbers: FLOPs and MACs, and what they count. */
  readonly cost: string;
  readonly severity: 'error' | 'warning' | null;
  /** The problem shown has a one-click fix. */
  readonly hasFix: boolean;
  readonly problem: string | null;
  readonly fix: string | null;
  readonly hasInput: boolean;
  readonly hasOutput: boolean;
  readonly words: {
    readonly out: string; readonly params: string; readonly rf: string; readonly rfShort: string; readonly fix: string;
    readonly apply: string; readonly projection: string;
  };
}

function chipText(name: string, spec: ParamSpec, value: ParamValue, lang: Language): string | null {
  if (name === 'kernel' || name === 'pool' || name === 'poolSize') return `${value}×${value}`;
  if (name === 'activation') return value === 'linear' ? null : String(value);
  if (name === 'stride' || name === 'strides') return value === 1 ? null : `${spec.label[lang].toLowerCase()} ${value}`;
  if (spec.type === 'enum') return String(value);
  if (spec.type === 'bool') return value ? spec.label[lang] : null;
  return lang === 'zh' ? `${spec.label.zh} ${value}` : `${value} ${spec.label.en.toLowerCase()}`;
}

/** The problem a block shows on its face: its first error, else its first warning. */
export function shownDiagnostic(analysis: NodeAnalysis | undefined): Diagnostic | undefined {
  return analysis?.diagnostics.find((d) => d.severity === 'error') ?? analysis?.diagnostics[0];
}

/** A longer title gives way to the kind's name far out ("Add (residual)" → "Add"), so the type stays large. */
const FAR_TITLE_CHARS = 11;

export function blockView(node: GraphNode, analysis: NodeAnalysis | undefined, lang: Language): BlockView {
  const def = getBlock(node.kind);
  const words = STRINGS[lang];
  const chips: BlockChip[] = [];
  if (def) {
    const p = node.params;
    if ('height' in def.params && 'width' in def.params && 'channels' in def.params) {
      chips.push({ name: 'size', text: `${p.height}×${p.width}×${p.channels}` });
    } else {
      for (const [name, spec] of Object.entries(def.params)) {
        if (!spec.key && name !== 'activation') continue;
        const vw = spec.visibleWhen;
        if (vw && !vw.values.includes(p[vw.param] ?? def.params[vw.param]?.default)) continue;
        const value = p[name] ?? spec.default;
        const t = chipText(name, spec, value, lang);
        if (t) chips.push({ name, text: t });
      }
    }
  }
  const first = shownDiagnostic(analysis);
  const total = analysis ? analysis.params.trainable + analysis.params.nonTrainable : 0;
  const title = def ? def.title[lang] : node.kind;
  return {
    kind: node.kind,
    title,
    farTitle: node.label ?? (title.length > FAR_TITLE_CHARS ? node.kind : title),
    label: node.label ?? null,
    category: def?.category ?? 'unknown',
    chips,
    outShape: analysis?.outputShape ? formatShape(analysis.outputShape) : words['block.noShape'],
    params: analysis?.outputShape ? formatCompact(total) : '—',
    paramsExact: formatInt(total),
    farParams: analysis?.outputShape ? formatTight(total) : '—',
    rf: formatField(analysis?.receptiveField, words['block.rfGlobal']),
    projections: node.kind === 'Add' ? projectionLines(node, analysis, lang) : [],
    cost: analysis?.outputShape
      ? `${words['summary.flops']} ${formatCompact(analysis.flops)} · ${words['summary.macs']} ${formatCompact(analysis.macs)}\n${words['help.flops']}`
      : '',
    severity: first?.severity ?? null,
    hasFix: !!first?.action,
    problem: first ? first.message[lang] : null,
    fix: first ? first.fix[lang] : null,
    hasInput: def ? def.inputs.max > 0 : true,
    hasOutput: def ? def.hasOutput : true,
    words: {
      out: words['block.out'], params: words['block.params'], rf: words['block.rf'], rfShort: 'RF', fix: words['block.fix'],
      apply: words['fix.apply'], projection: words['block.projectionTitle'],
    },
  };
}

/** Shallow equality of two views (chips and words compared by content). */
export function sameView(a: BlockView, b: BlockView): boolean {
  for (const key of Object.keys(a) as (keyof BlockView)[]) {
    if (key === 'chips' || key === 'words' || key === 'projections') continue;
    if (a[key] !== b[key]) return false;
  }
  if (a.words.out !== b.words.out || a.words.fix !== b.words.fix || a.words.apply !== b.words.apply) return false;
  if (a.projections.length !== b.projections.length || a.projections.some((p, i) => p !== b.projections[i])) return false;
  if (a.chips.length !== b.chips.length) return false;
  return a.chips.every((c, i) => c.text === b.chips[i].text);
}
