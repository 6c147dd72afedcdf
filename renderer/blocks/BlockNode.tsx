/** One block on the canvas: kind, key settings, output shape, parameters, receptive field, and its problem with the fix. */
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BlockView } from './blockView';

export type BlockNodeType = Node<BlockView, 'block'>;

function BlockNodeImpl({ data, selected }: NodeProps<BlockNodeType>) {
  const cls = ['ll-block', `cat-${data.category}`, selected ? 'is-selected' : '', data.severity ? `has-${data.severity}` : ''].join(' ');
  return (
    <div className={cls} data-kind={data.kind} data-testid="block">
      {data.hasInput && <Handle type="target" position={Position.Top} className="ll-handle ll-handle-in" />}
      <div className="ll-block-head">
        <span className="ll-block-swatch" />
        <span className="ll-block-title">{data.label ?? data.title}</span>
        {data.label && <span className="ll-block-kind">{data.title}</span>}
        {data.severity && <span className={`ll-block-badge ${data.severity}`} title={data.problem ?? ''}>{data.severity === 'error' ? '!' : '?'}</span>}
      </div>
      {data.chips.length > 0 && (
        <div className="ll-block-chips">
          {data.chips.map((c) => <span key={c.name} className="ll-chip">{c.text}</span>)}
        </div>
      )}
      <div className="ll-block-stats">
        <div className="ll-stat ll-stat-shape"><span className="ll-stat-k">{data.words.out}</span><span className="ll-stat-v" data-testid="block-shape">{data.outShape}</span></div>
        <div className="ll-stat"><span className="ll-stat-k">{data.words.params}</span><span className="ll-stat-v" title={data.paramsExact} data-testid="block-params">{data.params}</span></div>
        <div className="ll-stat"><span className="ll-stat-k">{data.words.rf}</span><span className="ll-stat-v">{data.rf}</span></div>
      </div>
      {data.problem && (
        <div className={`ll-block-problem ${data.severity}`} data-testid="block-problem" title={`${data.problem}\n${data.words.fix} ${data.fix ?? ''}`}>
          <div>{data.problem}</div>
          {data.fix && data.severity === 'error' && <div className="ll-block-fix"><b>{data.words.fix}</b> {data.fix}</div>}
        </div>
      )}
      <div className="ll-block-far" aria-hidden>
        <span className="ll-block-far-title"><span className="ll-block-swatch" />{data.label ?? data.title}{data.severity && <span className={`ll-block-badge ${data.severity}`}>{data.severity === 'error' ? '!' : '?'}</span>}</span>
        <span className="ll-block-far-shape">{data.outShape}</span>
      </div>
      {data.hasOutput && <Handle type="source" position={Position.Bottom} className="ll-handle ll-handle-out" />}
    </div>
  );
}

export const BlockNode = memo(BlockNodeImpl);
