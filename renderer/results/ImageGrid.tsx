/** A grid of test images with a caption each (a confusion cell's images, the worst mistakes). */
import type { ReactNode } from 'react';

export interface GridImage {
  readonly key: string | number;
  readonly url: string;
  readonly caption: ReactNode;
  readonly title?: string;
}

export function ImageGrid({ images, testId }: { images: readonly GridImage[]; testId?: string }) {
  return (
    <div className="ll-imggrid" data-testid={testId}>
      {images.map((im) => (
        <figure key={im.key} title={im.title}>
          {im.url ? <img src={im.url} alt="" /> : <div className="ll-img-missing" />}
          <figcaption>{im.caption}</figcaption>
        </figure>
      ))}
    </div>
  );
}
