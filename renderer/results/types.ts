/** Protocol payloads the results views use, named once. */
import type { EventPayload, Result } from '../../src/protocol';

export type TrainEventPayload = EventPayload<'train.event'>;
export type FeatureMapsEvent = Extract<TrainEventPayload, { type: 'featureMaps' }>;
export type FeatureChannel = FeatureMapsEvent['blocks'][number]['channels'][number];
export type RunDetail = Result<'runs.open'>;
export type RunSummary = Result<'runs.list'>['runs'][number];
export type Evaluation = NonNullable<RunDetail['evaluation']>;
export type HistoryEntry = RunDetail['history'][number];
export type Prediction = Result<'predict'>['predictions'][number];
export type SplitImage = Result<'runs.images'>['images'][number];
