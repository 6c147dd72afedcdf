/**
 * Evaluates a lesson's declarative check against the network now, the network as the lesson opened it
 * (the baseline) and the latest training run. Pure: the app runs it on every edit, tests run it headless.
 * Every leaf reports whether it holds, what it asks in words (en, zh) and the value it sees now.
 */
import type { Analysis } from '../analysisTypes';
import { getBlock } from '../blocks/index';
import type { Localized } from '../localized';
import { withDefaults } from '../params';
import type { Graph, GraphNode } from '../types';
import { describeCheck, formatReading, type Reading } from './checkText';
import type { BlockSelector, Check, CheckLiteral, CheckOp, CheckRef } from './lessonSchema';

export interface NetworkState {
  readonly graph: Graph;
  readonly analysis: Analysis;
}

/** The latest finished training run of the network in the editor, as far as lessons care. */
export interface RunFacts {
  readonly testAccuracy: number | null;
  readonly valAccuracy: number | null;
  readonly epochs: number;
  readonly saved: boolean;
}

export interface CheckContext {
  readonly now: NetworkState;
  readonly baseline: NetworkState;
  readonly run?: RunFacts | null;
}

export interface CheckResult {
  readonly pass: boolean;
  /** What the check asks, e.g. "c1: stride = 2". */
  readonly text: Localized;
  /** What it sees now, e.g. "1" (null for combinations). */
  readonly actual: Localized | null;
  /** For combinations: how the children combine. */
  readonly combinator?: 'all' | 'any' | 'not';
  readonly children?: readonly CheckResult[];
}

const BLOCK_SUBJECTS = ['block', 'first', 'last', 'every', 'some'] as const;

export function matchesSelector(node: GraphNode, selector: BlockSelector): boolean {
  if (selector.kind && node.kind !== selector.kind) return false;
  if (!selector.params) return true;
  const def = getBlock(node.kind);
  const params = def ? withDefaults(def.params, node.params) : node.params;
  return Object.entries(selector.params).every(([k, v]) => params[k] === v);
}

/** Blocks matching a selector, in the network's topological order. */
export function selectBlocks(state: NetworkState, selector: BlockSelector): GraphNode[] {
  const byId = new Map(state.graph.nodes.map((n) => [n.id, n]));
  return state.analysis.order.map((id) => byId.get(id)!).filter((n) => n && matchesSelector(n, selector));
}

/** One reading off one block (`undefined` when the block does not exist). */
export function readBlock(state: NetworkState, id: string, c: Pick<Check, 'param' | 'measure'>): Reading | undefined {
  const node = state.graph.nodes.find((n) => n.id === id);
  if (c.measure === 'exists') return !!node;
  if (!node) return undefined;
  const a = state.analysis.nodes[id];
  if (c.param) {
    const def = getBlock(node.kind);
    const params = def ? withDefaults(def.params, node.params) : node.params;
    return params[c.param] ?? null;
  }
  switch (c.measure) {
    case 'outputShape': return a?.outputShape ?? null;
    case 'params': return a?.outputShape ? a.params.trainable + a.params.nonTrainable : null;
    case 'flops': return a?.outputShape ? a.flops : null;
    case 'receptiveField': return a?.receptiveField ? (a.receptiveField.global ? Infinity : a.receptiveField.size) : null;
    case 'inputs': return a?.inputIds.length ?? 0;
    case 'kind': return node.kind;
    default: return null;
  }
}

export function readNetwork(state: NetworkState, measure: NonNullable<Check['network']>): number {
  const { analysis, graph } = state;
  switch (measure) {
    case 'params': return analysis.totals.params;
    case 'trainableParams': return analysis.totals.trainableParams;
    case 'flops': return analysis.totals.flops;
    case 'blocks': return graph.nodes.length;
    case 'errors': return analysis.diagnostics.filter((d) => d.severity === 'error').length;
    case 'warnings': return analysis.diagnostics.filter((d) => d.severity === 'warning').length;
  }
}

function readRun(run: RunFacts | null | undefined, measure: NonNullable<Check['run']>): Reading {
  if (!run) return null;
  switch (measure) {
    case 'testAccuracy': return run.testAccuracy;
    case 'valAccuracy': return run.valAccuracy;
    case 'epochs': return run.epochs;
    case 'saved': return run.saved;
  }
}

const isRef = (v: CheckLiteral | CheckRef | undefined): v is CheckRef => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The leaf's own reading on a network state (for a baseline reference: the same reading then). */
function readSubject(c: Check, state: NetworkState, run: RunFacts | null | undefined): Reading | undefined {
  if (c.block !== undefined) return readBlock(state, c.block, c);
  if (c.network) return readNetwork(state, c.network);
  if (c.count) return selectBlocks(state, c.count).length;
  if (c.run) return readRun(run, c.run);
  const sel = c.first ?? c.last;
  if (sel) {
    const nodes = selectBlocks(state, sel);
    const node = c.first ? nodes[0] : nodes[nodes.length - 1];
    return node ? readBlock(state, node.id, c) : undefined;
  }
  return undefined;
}

/** The value a leaf compares with. */
export function resolveValue(c: Check, ctx: CheckContext): Reading | undefined {
  const v = c.value;
  if (!isRef(v)) return v ?? null;
  let base: Reading | undefined;
  if (v.baseline) base = c.every || c.some ? undefined : readSubject(c, ctx.baseline, null);
  else if (v.block) base = readBlock(ctx.now, v.block, v);
  else if (v.network) base = readNetwork(ctx.now, v.network);
  if (typeof base !== 'number') return base;
  return base * (v.times ?? 1) + (v.plus ?? 0);
}

export function compare(actual: Reading | undefined, op: CheckOp, expected: Reading | undefined): boolean {
  if (actual === undefined || actual === null || expected === undefined || expected === null) return false;
  if (Array.isArray(actual) || Array.isArray(expected)) {
    if (!Array.isArray(actual) || !Array.isArray(expected)) return false;
    const same = actual.length === expected.length && actual.every((x, i) => x === expected[i]);
    return op === '==' ? same : op === '!=' ? !same : false;
  }
  if (op === '==') return actual === expected;
  if (op === '!=') return actual !== expected;
  if (typeof actual !== 'number' || typeof expected !== 'number') return false;
  switch (op) {
    case '<': return actual < expected;
    case '<=': return actual <= expected;
    case '>': return actual > expected;
    case '>=': return actual >= expected;
  }
}

const NOT_THERE: Localized = { en: 'not in the network', zh: '网络中没有' };

function leaf(c: Check, ctx: CheckContext): CheckResult {
  const expected = resolveValue(c, ctx);
  const text = describeCheck(c, ctx, expected);
  const blockSel = c.every ?? c.some;
  if (blockSel) {
    const nodes = selectBlocks(ctx.now, blockSel);
    const readings = nodes.map((n) => ({ id: n.id, value: readBlock(ctx.now, n.id, c) }));
    const ok = readings.map((r) => compare(r.value, c.op!, expected));
    const pass = nodes.length > 0 && (c.every ? ok.every(Boolean) : ok.some(Boolean));
    const shown = readings.filter((_, i) => (c.every ? !ok[i] : true)).slice(0, 4);
    const actual = nodes.length === 0 ? NOT_THERE : {
      en: shown.map((r) => `${r.id}: ${formatReading(r.value, c, 'en')}`).join(', ') || 'all',
      zh: shown.map((r) => `${r.id}：${formatReading(r.value, c, 'zh')}`).join('，') || '全部',
    };
    return { pass, text, actual };
  }
  const value = readSubject(c, ctx.now, ctx.run);
  const pass = compare(value, c.op!, expected);
  const actual = value === undefined ? NOT_THERE : { en: formatReading(value, c, 'en'), zh: formatReading(value, c, 'zh') };
  return { pass, text, actual };
}

export function evaluateCheck(c: Check, ctx: CheckContext): CheckResult {
  if (c.all || c.any) {
    const children = (c.all ?? c.any)!.map((x) => evaluateCheck(x, ctx));
    const pass = c.all ? children.every((r) => r.pass) : children.some((r) => r.pass);
    return { pass, text: describeCheck(c, ctx, undefined), actual: null, combinator: c.all ? 'all' : 'any', children };
  }
  if (c.not) {
    const inner = evaluateCheck(c.not, ctx);
    return { pass: !inner.pass, text: describeCheck(c, ctx, undefined), actual: null, combinator: 'not', children: [inner] };
  }
  return leaf(c, ctx);
}

/** The lines of the checklist a learner sees: "all" is opened up, "any" and "not" stay one line each. */
export function checkLeaves(result: CheckResult): CheckResult[] {
  return result.combinator === 'all' ? result.children!.flatMap(checkLeaves) : [result];
}

export function isBlockSubject(c: Check): boolean {
  return BLOCK_SUBJECTS.some((s) => c[s] !== undefined);
}
