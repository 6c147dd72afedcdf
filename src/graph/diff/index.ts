/** Comparing two networks: which blocks match, and what was added, removed or changed. */
export * from './diffGraphs';
export * from './matchBlocks';
