// A small formatting toolbar over the content form's HTML field: each button wraps the selection
// in a tag the server keeps. Without JavaScript the field is a plain textarea and works the same.
const field = document.querySelector('[data-rich-text-field] textarea');
if (field) {
  const tools = [
    ['P', '<p>', '</p>'],
    ['H2', '<h2>', '</h2>'],
    ['H3', '<h3>', '</h3>'],
    ['B', '<strong>', '</strong>'],
    ['I', '<em>', '</em>'],
    ['• ', '<ul>\n<li>', '</li>\n</ul>'],
    ['1.', '<ol>\n<li>', '</li>\n</ol>'],
    ['❝', '<blockquote>', '</blockquote>'],
    ['🔗', '<a href="https://">', '</a>'],
  ];
  const bar = document.createElement('div');
  bar.className = 'rich-text-toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', document.documentElement.lang === 'en' ? 'Formatting' : 'Định dạng');
  for (const [label, open, close] of tools) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button-small button-secondary';
    button.textContent = label;
    button.addEventListener('click', () => {
      const { selectionStart: from, selectionEnd: to, value } = field;
      field.setRangeText(`${open}${value.slice(from, to)}${close}`, from, to, 'end');
      field.focus();
    });
    bar.append(button);
  }
  field.before(bar);
}
