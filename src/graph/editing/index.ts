/** Editing the network document: commands, undo/redo history, clipboard, the editor store. No React. */
export * from './command';
export * from './commands';
export * from './history';
export * from './ids';
export * from './clipboard';
export * from './editorStore';
export * from './analysisCache';
export * from './dataFit';
export * from './applyFix';
export * from './historyGraph';
