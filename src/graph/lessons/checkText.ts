/** A check in words, in English and Chinese ("c1: stride = 2", "c1：步幅 = 2"), and its readings formatted. */
import { getBlock } from '../blocks/index';
import type { Language, Localized } from '../localized';
import { formatInt } from '../numberFormat';
import type { CheckContext } from './checkEngine';
import type { BlockSelector, Check, CheckOp, CheckRef } from './lessonSchema';

export type Reading = number | string | boolean | readonly number[] | null;

const OP_SIGN: Readonly<Record<CheckOp, string>> = { '==': '=', '!=': '≠', '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

const MEASURE_WORDS: Readonly<Record<string, Localized>> = {
  outputShape: { en: 'output shape', zh: '输出形状' },
  params: { en: 'parameters', zh: '参数量' },
  flops: { en: 'FLOPs', zh: 'FLOPs' },
  receptiveField: { en: 'receptive field', zh: '感受野' },
  inputs: { en: 'inputs', zh: '输入数' },
  kind: { en: 'kind', zh: '类型' },
};

const NETWORK_WORDS: Readonly<Record<string, Localized>> = {
  params: { en: 'total parameters', zh: '总参数量' },
  trainableParams: { en: 'trainable parameters', zh: '可训练参数量' },
  flops: { en: 'total FLOPs', zh: '总 FLOPs' },
  blocks: { en: 'number of blocks', zh: '块的数量' },
  errors: { en: 'errors in the network', zh: '网络中的错误数' },
  warnings: { en: 'warnings in the network', zh: '网络中的警告数' },
};

const RUN_WORDS: Readonly<Record<string, Localized>> = {
  testAccuracy: { en: 'test accuracy of the latest run', zh: '最近一次训练的测试准确率' },
  valAccuracy: { en: 'validation accuracy of the latest run', zh: '最近一次训练的验证准确率' },
  epochs: { en: 'epochs trained in the latest run', zh: '最近一次训练的轮数' },
  saved: { en: 'latest run saved', zh: '最近一次训练已保存' },
};

export function formatReading(value: Reading | undefined, c: Pick<Check, 'measure' | 'run'>, lang: Language): string {
  if (value === undefined || value === null) return '—';
  if (Array.isArray(value)) return value.join('×');
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : (value ? 'yes' : 'no');
  if (typeof value === 'string') return value;
  if (value === Infinity) return lang === 'zh' ? '全图' : 'whole image';
  if (c.run === 'testAccuracy' || c.run === 'valAccuracy') return `${(100 * (value as number)).toFixed(1)}%`;
  const n = value as number;
  const s = Number.isInteger(n) ? formatInt(n) : String(+n.toFixed(4));
  return c.measure === 'receptiveField' ? `${s}×${s}` : s;
}

function paramLabel(kind: string | undefined, param: string): Localized {
  const spec = kind ? getBlock(kind)?.params[param] : undefined;
  return spec ? { en: spec.label.en.toLowerCase(), zh: spec.label.zh } : { en: param, zh: param };
}

function selectorText(sel: BlockSelector): Localized {
  const def = sel.kind ? getBlock(sel.kind) : undefined;
  const title = def ? def.title : sel.kind ? { en: sel.kind, zh: sel.kind } : { en: 'block', zh: '块' };
  const entries = Object.entries(sel.params ?? {});
  if (!entries.length) return title;
  const en = entries.map(([k, v]) => `${paramLabel(sel.kind, k).en} ${v}`).join(', ');
  const zh = entries.map(([k, v]) => `${paramLabel(sel.kind, k).zh}为 ${v}`).join('、');
  return { en: `${title.en} with ${en}`, zh: `${zh}${/[\w)]$/.test(zh) ? ' ' : ''}的${title.zh}` };
}

function subjectText(c: Check, ctx: CheckContext): { who: Localized; kind?: string } {
  if (c.block !== undefined) {
    const node = ctx.now.graph.nodes.find((n) => n.id === c.block) ?? ctx.baseline.graph.nodes.find((n) => n.id === c.block);
    return { who: { en: c.block, zh: c.block }, kind: node?.kind };
  }
  const pick = (['first', 'last', 'every', 'some'] as const).find((k) => c[k]);
  if (pick) {
    const sel = c[pick]!;
    const s = selectorText(sel);
    const words = { first: ['first', '第一个'], last: ['last', '最后一个'], every: ['every', '每个'], some: ['a', '某个'] }[pick];
    return { who: { en: `${words[0]} ${s.en}`, zh: `${words[1]}${s.zh}` }, kind: sel.kind };
  }
  if (c.count) {
    const s = selectorText(c.count);
    return { who: { en: `number of ${s.en} blocks`, zh: `${s.zh}的数量` } };
  }
  if (c.network) return { who: NETWORK_WORDS[c.network] };
  return { who: RUN_WORDS[c.run!] };
}

function readText(c: Check, kind: string | undefined): Localized | null {
  if (c.param) return paramLabel(kind, c.param);
  if (c.measure) return MEASURE_WORDS[c.measure] ?? { en: c.measure, zh: c.measure };
  return null;
}

function expectedText(c: Check, expected: Reading | undefined, lang: Language): string {
  const shown = formatReading(expected, c, lang);
  const v = c.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return shown;
  const r = v as CheckRef;
  const scale = r.times !== undefined && r.times !== 1 ? `${r.times} × ` : '';
  const plus = r.plus ? (lang === 'zh' ? ` ${r.plus > 0 ? '+' : '−'} ${Math.abs(r.plus)}` : ` ${r.plus > 0 ? '+' : '−'} ${Math.abs(r.plus)}`) : '';
  let origin: string;
  if (r.baseline) origin = lang === 'zh' ? '打开时的值' : 'as opened';
  else if (r.block) {
    const what = r.param ?? MEASURE_WORDS[r.measure!]?.[lang] ?? r.measure;
    origin = lang === 'zh' ? `${r.block} 的${what}` : `${r.block}'s ${what}`;
  } else origin = NETWORK_WORDS[r.network!][lang];
  return lang === 'zh' ? `${scale}${origin}${plus}（${shown}）` : `${scale}${origin}${plus} (${shown})`;
}

export function describeCheck(c: Check, ctx: CheckContext, expected: Reading | undefined): Localized {
  if (c.label) return c.label;
  if (c.all) return { en: 'all of these', zh: '以下全部' };
  if (c.any) {
    const parts = c.any.map((x) => describeCheck(x, ctx, undefined));
    return { en: `one of: ${parts.map((p) => p.en).join('; ')}`, zh: `满足其一：${parts.map((p) => p.zh).join('；')}` };
  }
  if (c.not) {
    const inner = describeCheck(c.not, ctx, undefined);
    return { en: `not: ${inner.en}`, zh: `不满足：${inner.zh}` };
  }
  if (c.measure === 'exists') {
    const yes = c.value === true ? c.op !== '!=' : c.op === '!=';
    return yes ? { en: `${c.block} is in the network`, zh: `网络中有 ${c.block}` } : { en: `${c.block} is removed`, zh: `${c.block} 已删除` };
  }
  const { who, kind } = subjectText(c, ctx);
  const read = readText(c, kind);
  const op = OP_SIGN[c.op!];
  const isRef = typeof c.value === 'object' && c.value !== null && !Array.isArray(c.value);
  // Inside "any"/"not" nothing was resolved: a literal is its own value, a reference is shown as "…".
  const shown = expected !== undefined ? expected : isRef ? undefined : (c.value as Reading);
  const line = (lang: Language) => {
    const value = shown === undefined ? '…' : expectedText(c, shown, lang);
    const zhJoin = c.block !== undefined ? ' 的' : '的';
    const subject = read ? (lang === 'zh' ? `${who.zh}${zhJoin}${read.zh}` : `${who.en}: ${read.en}`) : who[lang];
    return `${subject} ${op} ${value}`;
  };
  return { en: line('en'), zh: line('zh') };
}
