/**
 * A hand-made shortcut projection that still does not fit: the user put a 1×1 convolution on the shortcut
 * (as torchvision's `downsample` does) but with the wrong stride or filters, so Add's automatic projection
 * quietly adds a second one on top (16.9 K parameters more in a ResNet-18 stage). A warning, with the fix:
 * give the hand-made convolution the stride and filters that make the shapes match.
 */
import type { Diagnostic } from './analysisTypes';
import { batchNormParamCount } from './blocks/batchNormLayer';
import { planAdd, type Projection } from './blocks/residualProjection';
import { blockName, diagnostic } from './diagnostics';
import { setParamsFix } from './fixActions';
import type { GraphIndex } from './graphIndex';
import { text } from './localized';
import type { GraphNode, Shape } from './types';

/**
 * The 1×1 Conv2D an input comes through (directly, or through one BatchNorm) when it is a shortcut: it feeds
 * only this path and is fed by the block where the branches split. A bottleneck's last 1×1 convolution (fed
 * by the 3×3 before it, which does not split) is the main branch, not a shortcut.
 */
function handMadeProjection(index: GraphIndex, sourceId: string): GraphNode | null {
  let node = index.nodes.get(sourceId);
  if (node?.kind === 'BatchNorm') {
    const into = index.incoming.get(node.id)!;
    node = into.length === 1 && index.outgoing.get(node.id)!.length === 1 ? index.nodes.get(into[0].source) : undefined;
  }
  if (!node || node.kind !== 'Conv2D' || Number(node.params.kernel ?? 3) !== 1) return null;
  const into = index.incoming.get(node.id)!;
  const fork = into.length === 1 && (index.outgoing.get(into[0].source)?.length ?? 0) > 1;
  return fork && index.outgoing.get(node.id)!.length === 1 ? node : null;
}

function projectionParams(p: Projection, batchNorm: boolean): number {
  const bn = batchNormParamCount(p.outChannels);
  return p.inChannels * p.outChannels + (batchNorm ? bn.trainable + bn.nonTrainable : 0);
}

/** Warnings for every Add whose automatic projection sits on a hand-made one. */
export function stackedProjections(index: GraphIndex, add: GraphNode, inputIds: readonly string[], inputShapes: readonly Shape[]): Diagnostic[] {
  if ((add.params.projection ?? 'auto') !== 'auto' || inputShapes.length < 2) return [];
  let plan;
  try { plan = planAdd(inputShapes, 'auto'); } catch { return []; }
  const out: Diagnostic[] = [];
  const bn = add.params.projectionBatchNorm !== false;
  for (const p of plan.projections) {
    const conv = handMadeProjection(index, inputIds[p.index]);
    if (!conv) continue;
    const stride = Number(conv.params.stride ?? 1) * p.stride;
    const filters = p.outChannels;
    const change: Record<string, number> = {};
    if (stride !== Number(conv.params.stride ?? 1)) change.stride = stride;
    if (filters !== Number(conv.params.filters)) change.filters = filters;
    if (Object.keys(change).length === 0) continue; // it differs for another reason (padding, kernel): the shape error says so
    const name = blockName(add);
    const convName = blockName(conv);
    const shape = inputShapes[p.index].join('×');
    const target = plan.output.join('×');
    const added = projectionParams(p, bn).toLocaleString('en-US');
    const what = `1×1${p.stride > 1 ? ` s${p.stride}` : ''}, ${p.inChannels}→${p.outChannels}${bn ? ' + BN' : ''}`;
    const whatZh = `1×1${p.stride > 1 ? ` 步幅 ${p.stride}` : ''}，${p.inChannels}→${p.outChannels}${bn ? ' + 批归一化' : ''}`;
    const en = [change.stride ? `stride ${stride}` : '', change.filters ? `${filters} filters` : ''].filter(Boolean).join(' and ');
    const zh = [change.stride ? `步幅 ${stride}` : '', change.filters ? `${filters} 个滤波器` : ''].filter(Boolean).join('、');
    out.push(diagnostic('warning', 'stacked-projection',
      text(`Input ${p.index + 1} of ${name.en} already comes through the 1×1 convolution ${convName.en}, but its ${shape} still differs from ${target}, so a second projection (${what}: ${added} parameters) is added on top of it.`,
        `${name.zh} 的输入 ${p.index + 1} 已经经过 1×1 卷积 ${convName.zh}，但其 ${shape} 仍与 ${target} 不同，因此又在其上叠加了第二个投影（${whatZh}：${added} 个参数）。`),
      text(`Give ${convName.en} ${en}: the shortcut then fits without an automatic projection.`,
        `把 ${convName.zh} 设为${zh}：捷径即可直接匹配，无需自动投影。`),
      { nodeId: add.id, action: setParamsFix(index, conv.id, change) }));
  }
  return out;
}
