/** The sample image the maps were computed from, with the hovered pixel's receptive field outlined on it. */
import { ChannelCanvas } from './ChannelCanvas';
import type { ColormapName } from './colormap';
import type { RelativeRegion } from './receptiveRegion';
import type { FeatureChannel } from './types';

interface Props {
  readonly image: FeatureChannel;
  readonly label: string | null;
  readonly region: RelativeRegion | null;
  readonly size: number;
  readonly caption: string;
}

const GRAY: ColormapName = 'gray';

export function InputPreview({ image, label, region, size, caption }: Props) {
  return (
    <figure className="ll-fm-input">
      <div className="ll-fm-input-frame">
        <ChannelCanvas channel={image} colormap={GRAY} size={size} testId="fm-input" />
        {region && (
          <div className="ll-rf-box" data-testid="rf-box" style={{
            left: `${region.left * 100}%`, top: `${region.top * 100}%`, width: `${region.width * 100}%`, height: `${region.height * 100}%`,
          }} />
        )}
      </div>
      <figcaption>{caption}{label !== null && <> · <b>{label}</b></>}</figcaption>
    </figure>
  );
}
