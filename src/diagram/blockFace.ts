/**
 * What a block shows on its face — title, key settings as chips, output shape, parameters, receptive field,
 * its first problem — from the document and the analysis, in one language. The canvas card and the
 * diagram writer both draw this, so a slide shows exactly the words the screen does.
 */
import type { NodeAnalysis } from '../graph/analysisTypes';
import type { BlockCategory } from '../graph/blocks/blockDefinition';
import { planAdd } from '../graph/blocks/residualProjection';
import { getBlock } from '../graph/blocks/index';
import type { Language } from '../graph/localized';
import type { ParamSpec } from '../graph/params';
import { formatCompact, formatField, formatInt, formatShape } from '../graph/numberFormat';
import type { GraphNode, ParamValue } from '../graph/types';

export interface BlockChip {
  readonly name: string;
  readonly text: string;
}

export interface BlockFace {
  readonly kind: string;
  readonly title: string;
  readonly label: string | null;
  readonly category: BlockCategory | 'unknown';
  readonly chips: readonly BlockChip[];
  readonly outShape: string;
  readonly params: string;
  readonly paramsExact: string;
  readonly rf: string;
  readonly severity: 'error' | 'warning' | null;
  readonly problem: string | null;
  readonly fix: string | null;
  readonly hasInput: boolean;
  readonly hasOutput: boolean;
  /** An Add's automatic shortcut projections, one line each ("input 2: 1×1 s2, 64→128 + BN"). */
  readonly projections: readonly string[];
  readonly words: { readonly out: string; readonly params: string; readonly rf: string; readonly fix: string };
}

/** The words on every block face. */
export const FACE_WORDS: Readonly<Record<Language, BlockFace['words'] & { readonly rfGlobal: string; readonly noShape: string }>> = {
  en: { out: 'Output', params: 'Params', rf: 'RF', fix: 'Fix:', rfGlobal: 'all', noShape: '—' },
  zh: { out: '输出', params: '参数', rf: '感受野', fix: '修复：', rfGlobal: '全局', noShape: '—' },
};

/** The projection line's words (the UI's strings hold the same; a test compares them). */
export const PROJECTION_WORDS: Readonly<Record<Language, { readonly line: string; readonly stride: string; readonly bn: string }>> = {
  en: { line: 'input {n}: 1×1{stride}, {from}→{to}{bn}', stride: ' s{n}', bn: ' + BN' },
  zh: { line: '输入 {n}：1×1{stride}，{from}→{to}{bn}', stride: ' 步幅 {n}', bn: ' + 批归一化' },
};

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

/** The 1×1 projections an Add puts on its shortcut inputs (empty when the shapes already match). */
export function projectionLines(node: GraphNode, analysis: NodeAnalysis | undefined, lang: Language): string[] {
  if (node.kind !== 'Add' || !analysis?.outputShape || analysis.inputShapes.length < 2) return [];
  const mode = node.params.projection === 'none' ? 'none' : 'auto';
  const words = PROJECTION_WORDS[lang];
  try {
    return planAdd(analysis.inputShapes, mode).projections.map((p) => fill(words.line, {
      n: p.index + 1, from: p.inChannels, to: p.outChannels,
      stride: p.stride > 1 ? fill(words.stride, { n: p.stride }) : '',
      bn: node.params.projectionBatchNorm === false ? '' : words.bn,
    }));
  } catch {
    return [];
  }
}

export function chipText(name: string, spec: ParamSpec, value: ParamValue, lang: Language): string | null {
  if (name === 'kernel' || name === 'pool' || name === 'poolSize') return `${value}×${value}`;
  if (name === 'activation') return value === 'linear' ? null : String(value);
  if (name === 'stride' || name === 'strides') return value === 1 ? null : `${spec.label[lang].toLowerCase()} ${value}`;
  if (spec.type === 'enum') return String(value);
  if (spec.type === 'bool') return value ? spec.label[lang] : null;
  return lang === 'zh' ? `${spec.label.zh} ${value}` : `${value} ${spec.label.en.toLowerCase()}`;
}

export function blockChips(node: GraphNode, lang: Language): BlockChip[] {
  const def = getBlock(node.kind);
  const chips: BlockChip[] = [];
  if (!def) return chips;
  const p = node.params;
  if ('height' in def.params && 'width' in def.params && 'channels' in def.params) {
    return [{ name: 'size', text: `${p.height ?? def.params.height.default}×${p.width ?? def.params.width.default}×${p.channels ?? def.params.channels.default}` }];
  }
  for (const [name, spec] of Object.entries(def.params)) {
    if (!spec.key && name !== 'activation') continue;
    const vw = spec.visibleWhen;
    if (vw && !vw.values.includes(p[vw.param] ?? def.params[vw.param]?.default)) continue;
    const t = chipText(name, spec, p[name] ?? spec.default, lang);
    if (t) chips.push({ name, text: t });
  }
  return chips;
}

export function blockFace(node: GraphNode, analysis: NodeAnalysis | undefined, lang: Language): BlockFace {
  const def = getBlock(node.kind);
  const words = FACE_WORDS[lang];
  const first = analysis?.diagnostics.find((d) => d.severity === 'error') ?? analysis?.diagnostics[0];
  const total = analysis ? analysis.params.trainable + analysis.params.nonTrainable : 0;
  return {
    kind: node.kind,
    title: def ? def.title[lang] : node.kind,
    label: node.label ?? null,
    category: def?.category ?? 'unknown',
    chips: blockChips(node, lang),
    outShape: analysis?.outputShape ? formatShape(analysis.outputShape) : words.noShape,
    params: analysis?.outputShape ? formatCompact(total) : '—',
    paramsExact: formatInt(total),
    rf: formatField(analysis?.receptiveField, words.rfGlobal),
    severity: first?.severity ?? null,
    problem: first ? first.message[lang] : null,
    fix: first ? first.fix[lang] : null,
    hasInput: def ? def.inputs.max > 0 : true,
    hasOutput: def ? def.hasOutput : true,
    projections: projectionLines(node, analysis, lang),
    words: { out: words.out, params: words.params, rf: words.rf, fix: words.fix },
  };
}
