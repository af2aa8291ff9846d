/** A small element builder: text is always set as text, never parsed as markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; title?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  if (props.title) element.title = props.title;
  element.append(...children);
  return element;
}

/** A link-styled button that asks the host to open a file (webviews cannot open files themselves). */
export function fileLink(label: string, onOpen: () => void): HTMLButtonElement {
  const link = el('button', { className: 'link', text: label });
  link.type = 'button';
  link.addEventListener('click', onOpen);
  return link;
}
