/** Diagrams for slides: block faces, card geometry, themes and the SVG writer (pure; the CLI and the app share it). */
export * from './blockFace';
export * from './cardLayout';
export * from './svgWriter';
export * from './textWidth';
export * from './theme';
export * from './printSize';
