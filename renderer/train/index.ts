/** The training workspace (issue 6): mount TrainingProvider once inside EditorProvider; the rest where the layout wants them. */
export { TrainingProvider, useTraining, useTrainingState, RUN_LOCK } from './TrainingContext';
export { TrainSidebar } from './TrainSidebar';
export { RunBar } from './RunBar';
export { Dashboard } from './Dashboard';
export { LockNotice } from './LockNotice';
