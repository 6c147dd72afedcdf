/**
 * The engine's `predict` method (plugged in through src/server/handlerModules.ts): images through a saved
 * run, top-k each; an unreadable image gets its own error. Written structurally (src/train may not import
 * src/protocol); the engine host checks params and results against the protocol's schemas.
 */
import { predictImages, type ImageToPredict } from './predictImages';

export const handlers = {
  predict: async ({ runDir, images, topK }: { runDir: string; images: readonly ImageToPredict[]; topK: number }) => ({
    predictions: await predictImages(runDir, images, topK),
  }),
};
