/** Lessons: data files that open a network, explain one idea, and check a task live. */
export * from './checkEngine';
export * from './checkText';
export * from './course';
export * from './lessonEdits';
export * from './lessonNetwork';
export * from './lessonSchema';
export * from './validateLesson';
