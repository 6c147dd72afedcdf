/**
 * One 8-bit channel drawn on a <canvas> at its own resolution and scaled up by CSS with
 * `image-rendering: pixelated`, so each map pixel stays a crisp square (nearest neighbour).
 */
import { useEffect, useRef, type MouseEvent } from 'react';
import { grayToRgba, type ColormapName, type SharedScale } from './colormap';
import type { FeatureChannel } from './types';

interface Props {
  readonly channel: FeatureChannel;
  readonly colormap: ColormapName;
  /** Colour by values on this range instead of each channel's own min…max. */
  readonly scale?: SharedScale;
  /** Displayed side of the longer edge, in CSS pixels. */
  readonly size: number;
  readonly title?: string;
  readonly selected?: boolean;
  readonly onClick?: () => void;
  /** The map pixel under the pointer (in the channel's own pixels), or null when it leaves. */
  readonly onHoverPixel?: (pixel: { x: number; y: number } | null) => void;
  readonly testId?: string;
}

export function ChannelCanvas({ channel, colormap, scale, size, title, selected, onClick, onHoverPixel, testId }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    canvas.width = channel.width;
    canvas.height = channel.height;
    try {
      ctx.putImageData(new ImageData(grayToRgba(channel, colormap, scale), channel.width, channel.height), 0, 0);
    } catch {
      ctx.clearRect(0, 0, channel.width, channel.height); // a malformed channel shows as empty, not as a crash
    }
  }, [channel, colormap, scale]);

  const zoom = size / Math.max(channel.width, channel.height);
  const onMove = onHoverPixel && ((e: MouseEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = Math.min(channel.width - 1, Math.max(0, Math.floor(((e.clientX - r.left) / r.width) * channel.width)));
    const y = Math.min(channel.height - 1, Math.max(0, Math.floor(((e.clientY - r.top) / r.height) * channel.height)));
    onHoverPixel({ x, y });
  });
  return (
    <canvas ref={ref} className={`ll-channel${selected ? ' selected' : ''}${onClick ? ' clickable' : ''}`} title={title}
      style={{ width: Math.round(channel.width * zoom), height: Math.round(channel.height * zoom) }}
      onClick={onClick} onMouseMove={onMove} tabIndex={onClick ? 0 : undefined} role={onClick ? 'button' : undefined} aria-label={title}
      onKeyDown={onClick && ((e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onClick(); } })} onMouseLeave={onHoverPixel && (() => onHoverPixel(null))} data-testid={testId} />
  );
}
