/** The toolbar's Export button (placeholder while the view is built). */
export function ExportMenu() {
  return null;
}
