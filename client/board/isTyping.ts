/** Whether a keyboard or clipboard event goes to a text field (ours, or a note being edited) rather than the canvas. */
export function isTyping(target: EventTarget | null): boolean {
  const element = target instanceof Element ? target : null
  return !!element?.closest('input, textarea, select, [contenteditable="true"], [contenteditable=""]')
}
