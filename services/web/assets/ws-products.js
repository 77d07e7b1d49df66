// The workspace's product pages, enhanced (each works without this script: plain forms).

// The list's stock edit saves in place: the row's own form, posted with fetch, answered as JSON.
for (const form of document.querySelectorAll('form[data-stock-form]')) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = form.querySelector('[data-stock-status]');
    const input = form.querySelector('input[name="stock"]');
    const button = form.querySelector('button');
    button.disabled = true;
    status.textContent = '';
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin',
      });
      const answer = await response.json();
      status.textContent = answer.message;
      status.dataset.state = answer.ok ? 'ok' : 'error';
      if (answer.ok) input.value = String(answer.stock);
      input.setAttribute('aria-invalid', answer.ok ? 'false' : 'true');
    } catch {
      // not JSON (signed out, a network hiccup): the plain form does it the long way
      form.submit();
    } finally {
      button.disabled = false;
    }
  });
}

// The product's images: drag and drop to reorder; the first one is the main image.
const list = document.querySelector('[data-image-list]');
if (list) {
  const items = () => [...list.querySelectorAll('li[data-image]')];
  const renumber = () => {
    items().forEach((item, index) => {
      item.querySelector('[data-position]').value = String(index + 1);
    });
    const first = items().find((item) => !item.querySelector('[data-remove-image]').checked);
    const radio = first?.querySelector('[data-main-image]');
    if (radio) radio.checked = true;
  };
  let dragged = null;
  for (const item of items()) {
    item.draggable = true;
    item.addEventListener('dragstart', (event) => {
      dragged = item;
      item.classList.add('is-dragging');
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.dataset.image);
    });
    item.addEventListener('dragend', () => {
      item.classList.remove('is-dragging');
      dragged = null;
      renumber();
    });
    item.addEventListener('dragover', (event) => {
      if (!dragged || dragged === item) return;
      event.preventDefault();
      const box = item.getBoundingClientRect();
      const isAfter = event.clientY > box.top + box.height / 2 || event.clientX > box.left + box.width / 2;
      list.insertBefore(dragged, isAfter ? item.nextSibling : item);
    });
    item.addEventListener('drop', (event) => event.preventDefault());
    // an image ticked for removal cannot stay the main one: the first image kept becomes it
    item.querySelector('[data-remove-image]').addEventListener('change', renumber);
    // choosing the main image moves it first, so what is seen is what is saved
    item.querySelector('[data-main-image]').addEventListener('change', () => {
      list.insertBefore(item, list.firstElementChild);
      renumber();
    });
  }
  // a number typed by hand moves that image to that place when the field is left (sorting by
  // the numbers would leave it where it was on a tie: 2 typed on the first of "2, 2")
  for (const input of list.querySelectorAll('[data-position]')) {
    input.addEventListener('change', () => {
      const item = input.closest('li[data-image]');
      const others = items().filter((other) => other !== item);
      const place = Math.min(Math.max(Math.trunc(Number(input.value)) || others.length + 1, 1), others.length + 1);
      list.insertBefore(item, others[place - 1] ?? null);
      renumber();
    });
  }
}

// New images may be dropped on their field; the chosen files are named under it.
for (const zone of document.querySelectorAll('[data-dropzone]')) {
  const input = zone.querySelector('input[type="file"]');
  const chosen = zone.querySelector('[data-chosen-files]');
  zone.querySelector('[data-drop-hint]').hidden = false;
  const showChosen = () => {
    chosen.replaceChildren(
      ...[...input.files].map((file) => {
        const item = document.createElement('li');
        item.textContent = `${file.name} (${Math.max(1, Math.round(file.size / 1024))} KB)`;
        return item;
      }),
    );
  };
  input.addEventListener('change', showChosen);
  zone.addEventListener('dragover', (event) => {
    if (![...event.dataTransfer.types].includes('Files')) return;
    event.preventDefault();
    zone.classList.add('is-dropping');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('is-dropping'));
  zone.addEventListener('drop', (event) => {
    if (!event.dataTransfer.files.length) return;
    event.preventDefault();
    zone.classList.remove('is-dropping');
    input.files = event.dataTransfer.files;
    showChosen();
  });
}
