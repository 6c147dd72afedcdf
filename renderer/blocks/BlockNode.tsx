/** A block on the canvas: its card with an input port before and an output port after it, along the flow. */
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { createContext, memo, useContext } from 'react';
import type { FlowDirection } from '../../src/graph/layout';
import { BlockCard } from './BlockCard';
import type { BlockView } from './blockView';

export type BlockNodeType = Node<BlockView, 'block'>;

/** Which way the document flows: ports on top and bottom (down), or left and right (right). */
export const FlowDirectionContext = createContext<FlowDirection>('down');
/** Applies the fix of the problem a block shows (the canvas provides it; null where the document is read-only). */
export const ApplyFixContext = createContext<((nodeId: string) => void) | null>(null);

function BlockNodeImpl({ id, data }: NodeProps<BlockNodeType>) {
  const down = useContext(FlowDirectionContext) === 'down';
  const applyFix = useContext(ApplyFixContext);
  return (
    <div className="ll-block-node" data-kind={data.kind} data-testid="block">
      {data.hasInput && <Handle type="target" position={down ? Position.Top : Position.Left} className={`ll-handle ll-handle-in cat-${data.category}`} />}
      <BlockCard view={data} onApplyFix={applyFix ? () => applyFix(id) : undefined} />
      {data.hasOutput && <Handle type="source" position={down ? Position.Bottom : Position.Right} className={`ll-handle ll-handle-out cat-${data.category}`} />}
    </div>
  );
}

export const BlockNode = memo(BlockNodeImpl);
