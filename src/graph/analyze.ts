/**
 * analyze(graph): every block's output shape, parameters, FLOPs, receptive field and activation memory,
 * and every problem with the fix. Pure and fast enough to run on every edit (see test/bench/analyzeBench.ts).
 */
import type { Analysis, Diagnostic, NodeAnalysis, ReceptiveField } from './analysisTypes';
import type { ReceptiveFieldEffect } from './blocks/blockDefinition';
import { BlockError, product, type AnyBlockDefinition } from './blocks/blockDefinition';
import { getBlock } from './blocks/index';
import { blockName, diagnostic, errorsFirst } from './diagnostics';
import { indexGraph, nodesOnCycles, reachable, topologicalOrder, type GraphIndex } from './graphIndex';
import { text } from './localized';
import { addInputFix, addOutputFix, blockFix, connectFix, resetParamFix } from './fixActions';
import { checkParams, withDefaults } from './params';
import { INPUT_FIELD, nextField, realField, type AxisPair } from './receptiveField';
import { stackedProjections } from './shortcutChecks';
import type { Graph, GraphNode, Shape } from './types';

const BYTES_PER_FLOAT = 4;
/** One image's activations above this in one block is almost certainly a mistake (a missing pool, a huge input). */
const ABSURD_ACTIVATION_BYTES = 2 ** 30;
const LARGE_ACTIVATION_BYTES = 2 ** 27;
const ABSURD_PARAMS = 2e9;

interface Draft {
  inputIds: string[];
  inputShapes: Shape[];
  outputShape: Shape | null;
  params: { trainable: number; nonTrainable: number };
  flops: number;
  macs: number;
  receptiveField: ReceptiveField | null;
  receptiveFieldEffect: ReceptiveFieldEffect | null;
  /** The real pixels' field (see realField), computed only where a merge needs it. */
  realField?: AxisPair;
  activationBytes: number;
  diagnostics: Diagnostic[];
}

function emptyDraft(inputIds: string[]): Draft {
  return {
    inputIds, inputShapes: [], outputShape: null, params: { trainable: 0, nonTrainable: 0 }, flops: 0, macs: 0,
    receptiveField: null, receptiveFieldEffect: null, activationBytes: 0, diagnostics: [],
  };
}

export function analyze(graph: Graph): Analysis {
  const index = indexGraph(graph);
  const drafts = new Map<string, Draft>();
  const global: Diagnostic[] = [];
  for (const [id, edges] of index.incoming) drafts.set(id, emptyDraft(edges.map((e) => e.source)));

  for (const id of index.duplicateIds) {
    global.push(diagnostic('error', 'duplicate-id', text(`Two blocks share the id "${id}".`, `两个块使用了相同的 id "${id}"。`),
      text('Give each block its own id (the project file was edited by hand?).', '为每个块设置不同的 id（项目文件是否被手动修改过？）。'), { nodeId: id }));
  }
  for (const e of index.dangling) {
    global.push(diagnostic('error', 'dangling-edge',
      text(`Connection "${e.id}" joins "${e.source}" to "${e.target}", but one of them does not exist.`, `连接 "${e.id}" 的端点 "${e.source}" 或 "${e.target}" 不存在。`),
      text('Delete the connection.', '删除该连接。'), { edgeId: e.id, action: { kind: 'deleteEdges', edgeIds: [e.id] } }));
  }

  const { order, blocked } = topologicalOrder(index);
  const cyclic = nodesOnCycles(index, blocked);
  for (const id of cyclic) {
    const node = index.nodes.get(id)!;
    // Removing any connection of the loop opens it: offer the one into this block from the loop.
    const back = index.incoming.get(id)!.find((e) => cyclic.has(e.source));
    drafts.get(id)!.diagnostics.push(diagnostic('error', 'cycle',
      text(`${blockName(node).en} is part of a loop: its output flows back into its own input.`, `${blockName(node).zh} 处于一个环中：它的输出又流回了自己的输入。`),
      text('Networks flow one way. Delete one of the connections that close the loop.', '网络只能单向流动。删除构成环的某一条连接。'),
      { nodeId: id, ...(back ? { action: { kind: 'deleteEdges', edgeIds: [back.id] } as const } : {}) }));
  }

  const imageSide = imageSideOf(graph);
  for (const id of order) analyzeNode(index.nodes.get(id)!, index, drafts, imageSide);
  checkModelShape(graph, index, drafts, global);

  const nodes: Record<string, NodeAnalysis> = {};
  const totals = { params: 0, trainableParams: 0, nonTrainableParams: 0, flops: 0, macs: 0, activationBytesPerImage: 0 };
  const all: Diagnostic[] = [...global];
  for (const [id, d] of drafts) {
    const node = index.nodes.get(id)!;
    nodes[id] = {
      id, kind: node.kind, inputIds: d.inputIds, inputShapes: d.inputShapes, outputShape: d.outputShape, params: d.params,
      flops: d.flops, macs: d.macs, receptiveField: d.receptiveField, receptiveFieldEffect: d.receptiveFieldEffect, activationBytes: d.activationBytes, diagnostics: d.diagnostics,
    };
    totals.trainableParams += d.params.trainable;
    totals.nonTrainableParams += d.params.nonTrainable;
    totals.flops += d.flops;
    totals.macs += d.macs;
    totals.activationBytesPerImage += d.activationBytes;
    for (const x of d.diagnostics) all.push(x);
  }
  totals.params = totals.trainableParams + totals.nonTrainableParams;
  all.sort(errorsFirst);
  const inputs = graph.nodes.filter((n) => n.kind === 'Input');
  const outputs = graph.nodes.filter((n) => n.kind === 'Output');
  return {
    nodes,
    order: order.filter((id) => !cyclic.has(id)),
    diagnostics: all,
    totals,
    inputId: inputs.length === 1 ? inputs[0].id : null,
    outputId: outputs.length === 1 ? outputs[0].id : null,
    ok: !all.some((d) => d.severity === 'error'),
  };
}

function imageSideOf(graph: Graph): number {
  const input = graph.nodes.find((n) => n.kind === 'Input');
  const h = Number(input?.params.height ?? 0);
  const w = Number(input?.params.width ?? 0);
  return Math.max(h, w, 1);
}

function analyzeNode(node: GraphNode, index: GraphIndex, drafts: Map<string, Draft>, imageSide: number): void {
  const d = drafts.get(node.id)!;
  const def = getBlock(node.kind);
  if (!def) {
    d.diagnostics.push(diagnostic('error', 'unknown-kind',
      text(`Block "${node.id}" has an unknown kind "${node.kind}".`, `块 "${node.id}" 的类型 "${node.kind}" 未知。`),
      text('Replace it with a block from the palette (the file may come from a newer LayerLoom).', '用面板中的块替换它（文件可能来自更新版本的 LayerLoom）。'), { nodeId: node.id }));
    return;
  }
  for (const p of checkParams(def.params, node.params)) {
    const name = blockName(node);
    d.diagnostics.push(diagnostic('error', 'bad-param', text(`${name.en}: ${p.message}.`, `${name.zh}：参数 ${p.param} 无效（${p.message}）。`),
      text(`Set ${p.param} in the inspector.`, `在检查器中修改 ${p.param}。`), { nodeId: node.id, param: p.param, action: resetParamFix(index, node.id, p.param) }));
  }
  if (!checkInputCount(node, def, index, d)) return;
  const upstream = d.inputIds.map((src) => drafts.get(src)!);
  if (upstream.some((u) => u.outputShape === null)) return; // the problem is reported upstream
  if (d.diagnostics.length) return;
  d.inputShapes = upstream.map((u) => u.outputShape!);
  const params = withDefaults(def.params, node.params);
  try {
    const out = def.inferShape(params, d.inputShapes);
    d.params = { ...def.paramCount(params, d.inputShapes, out) };
    d.flops = def.flops(params, d.inputShapes, out);
    d.macs = def.macs?.(params, d.inputShapes, out) ?? 0;
    const effect = def.receptiveField(params, d.inputShapes, out);
    d.receptiveFieldEffect = effect;
    d.receptiveField = nextField(upstream.map((u) => u.receptiveField ?? INPUT_FIELD), effect, out, imageSide,
      () => d.inputIds.map((src) => realFieldOf(src, drafts)));
    d.activationBytes = product(out) * BYTES_PER_FLOAT;
    d.outputShape = out;
    checkSizes(node, d);
    if (node.kind === 'Add') d.diagnostics.push(...stackedProjections(index, node, d.inputIds, d.inputShapes));
  } catch (err) {
    if (!(err instanceof BlockError)) throw err;
    const name = blockName(node);
    d.diagnostics.push(diagnostic('error', 'shape', text(`${name.en}: ${err.text.en}`, `${name.zh}：${err.text.zh}`), err.fix,
      { nodeId: node.id, param: err.param, action: blockFix(index, node.id, err.action) }));
  }
}

/** A block's real-pixel field, from its inputs' (memoised: asked for only by merges of different jumps). */
function realFieldOf(id: string, drafts: Map<string, Draft>): AxisPair {
  const d = drafts.get(id)!;
  if (!d.realField) d.realField = realField(d.inputIds.map((src) => realFieldOf(src, drafts)), d.receptiveFieldEffect!, d.outputShape!);
  return d.realField;
}

function checkInputCount(node: GraphNode, def: AnyBlockDefinition, index: GraphIndex, d: Draft): boolean {
  const n = d.inputIds.length;
  const badSource = index.incoming.get(node.id)!.find((e) => getBlock(index.nodes.get(e.source)!.kind)?.hasOutput === false);
  if (!badSource && n >= def.inputs.min && n <= def.inputs.max) return true;
  const name = blockName(node);
  if (badSource) {
    d.diagnostics.push(diagnostic('error', 'extra-input',
      text(`${name.en} is fed by the Output block "${badSource.source}", which must be the last block.`, `${name.zh} 的输入来自输出块 "${badSource.source}"，而输出块必须是最后一个块。`),
      text('Delete that connection; to add layers after it, insert them before the Output block.', '删除该连接；如需更多层，请插入到输出块之前。'),
      { nodeId: node.id, edgeId: badSource.id, action: { kind: 'deleteEdges', edgeIds: [badSource.id] } }));
    return false;
  }
  if (n < def.inputs.min) {
    const need = def.inputs.min === 1 ? 'an input' : `at least ${def.inputs.min} inputs`;
    d.diagnostics.push(diagnostic('error', 'missing-input',
      text(`${name.en} needs ${need} but ${n === 0 ? 'nothing is connected' : `only ${n} is connected`}.`, `${name.zh} 需要至少 ${def.inputs.min} 个输入，但只连接了 ${n} 个。`),
      text('Drag a connection from the previous block\'s output port to this block.', '从上一个块的输出端口拖一条连接到此块。'),
      { nodeId: node.id, action: connectFix(index, node.id) }));
    return false;
  }
  if (n > def.inputs.max) {
    const merge = def.inputs.max === 1 ? ' Use an Add or Concatenate block to merge branches.' : '';
    d.diagnostics.push(diagnostic('error', 'extra-input',
      text(`${name.en} takes ${def.inputs.max === 0 ? 'no inputs' : `at most ${def.inputs.max}`} but ${n} are connected.${merge}`,
        `${name.zh} 最多接受 ${def.inputs.max} 个输入，但连接了 ${n} 个。${merge ? '请用相加（Add）或拼接（Concatenate）块合并分支。' : ''}`),
      text('Delete the extra connections.', '删除多余的连接。'),
      { nodeId: node.id, action: { kind: 'deleteEdges', edgeIds: index.incoming.get(node.id)!.slice(def.inputs.max).map((e) => e.id) } }));
    return false;
  }
  return true;
}

function checkSizes(node: GraphNode, d: Draft): void {
  if (d.activationBytes <= LARGE_ACTIVATION_BYTES && d.params.trainable + d.params.nonTrainable <= ABSURD_PARAMS) return;
  const name = blockName(node);
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
  if (d.activationBytes > ABSURD_ACTIVATION_BYTES || d.params.trainable + d.params.nonTrainable > ABSURD_PARAMS) {
    d.diagnostics.push(diagnostic('error', 'absurd-size',
      text(`${name.en} is far too large: ${mb(d.activationBytes)} of activations per image and ${(d.params.trainable / 1e6).toFixed(0)} M parameters.`,
        `${name.zh} 过大：每张图像 ${mb(d.activationBytes)} 激活值，${(d.params.trainable / 1e6).toFixed(0)} M 参数。`),
      text('Reduce the input size or the number of filters/units, or downsample (pool, stride 2) earlier.', '减小输入尺寸或滤波器/单元数，或更早地下采样（池化、步幅 2）。'), { nodeId: node.id }));
  } else if (d.activationBytes > LARGE_ACTIVATION_BYTES) {
    d.diagnostics.push(diagnostic('warning', 'absurd-size',
      text(`${name.en} outputs ${mb(d.activationBytes)} per image; training with a batch of 32 needs several GB.`, `${name.zh} 每张图像输出 ${mb(d.activationBytes)}；批大小为 32 时训练需要数 GB 内存。`),
      text('Downsample earlier or use fewer filters.', '更早地下采样或减少滤波器数量。'), { nodeId: node.id }));
  }
}

/** Whole-model checks: exactly one Input and one Output, and every block on the path between them. */
function checkModelShape(graph: Graph, index: GraphIndex, drafts: Map<string, Draft>, global: Diagnostic[]): void {
  if (graph.nodes.length === 0) return;
  const inputs = graph.nodes.filter((n) => n.kind === 'Input');
  const outputs = graph.nodes.filter((n) => n.kind === 'Output');
  if (inputs.length === 0) {
    global.push(diagnostic('error', 'no-input-block', text('The network has no Input block.', '网络没有输入块。'),
      text('Drag an Input block from the palette and connect it to the first layer.', '从面板拖入一个输入块并连接到第一层。'), { action: addInputFix(index) }));
  }
  for (const extra of inputs.slice(1)) {
    drafts.get(extra.id)!.diagnostics.push(diagnostic('error', 'multiple-inputs',
      text(`There are ${inputs.length} Input blocks; a model takes one image input.`, `共有 ${inputs.length} 个输入块；模型只接受一个图像输入。`),
      text(`Delete this Input block or merge its branch into the one from "${inputs[0].id}".`, `删除此输入块，或把它的分支合并到 "${inputs[0].id}"。`),
      { nodeId: extra.id, action: { kind: 'deleteBlocks', nodeIds: [extra.id] } }));
  }
  if (outputs.length === 0) {
    global.push(diagnostic('error', 'no-output-block', text('The network has no Output block, so there is nothing to train towards.', '网络没有输出块，因此没有训练目标。'),
      text('Add an Output block (classes, softmax) after the last layer.', '在最后一层之后添加输出块（类别数，softmax）。'), { action: addOutputFix(index) }));
  }
  for (const extra of outputs.slice(1)) {
    drafts.get(extra.id)!.diagnostics.push(diagnostic('error', 'multiple-outputs',
      text(`There are ${outputs.length} Output blocks; LayerLoom trains one classifier head.`, `共有 ${outputs.length} 个输出块；LayerLoom 只训练一个分类头。`),
      text(`Delete this Output block and keep "${outputs[0].id}".`, `删除此输出块，保留 "${outputs[0].id}"。`),
      { nodeId: extra.id, action: { kind: 'deleteBlocks', nodeIds: [extra.id] } }));
  }
  if (!inputs.length || !outputs.length) return;
  const fromInput = reachable(index, inputs.map((n) => n.id), 'forward');
  const toOutput = reachable(index, outputs.map((n) => n.id), 'backward');
  for (const node of graph.nodes) {
    if (fromInput.has(node.id) && toOutput.has(node.id)) continue;
    const d = drafts.get(node.id);
    if (!d || d.diagnostics.some((x) => x.severity === 'error')) continue;
    const name = blockName(node);
    const unused = fromInput.has(node.id);
    d.diagnostics.push(diagnostic('warning', 'disconnected',
      unused
        ? text(`${name.en} leads nowhere: its output does not reach the Output block, so it is ignored.`, `${name.zh} 没有去向：它的输出到达不了输出块，因此被忽略。`)
        : text(`${name.en} is not connected to the Input block, so it is ignored.`, `${name.zh} 没有连接到输入块，因此被忽略。`),
      text('Connect it into the path from Input to Output, or delete it.', '把它连接到从输入到输出的路径上，或删除它。'),
      { nodeId: node.id, action: { kind: 'deleteBlocks', nodeIds: [node.id] } }));
  }
}
