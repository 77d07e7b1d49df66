// Progressive enhancement only: every page works without this file. Each behaviour starts from
// a data-* attribute that the server rendered, so nothing here knows page layouts.

const debounce = (fn, ms) => {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
};

// Suggestions as you type: the server answers a fragment of <li><a> for the typed words.
for (const input of document.querySelectorAll('input[data-suggest]')) {
  const list = document.getElementById(input.getAttribute('aria-controls'));
  if (!list) continue;
  let controller;
  const close = () => {
    list.hidden = true;
    list.replaceChildren();
  };
  input.addEventListener(
    'input',
    debounce(async () => {
      const q = input.value.trim();
      controller?.abort();
      if (q.length < 2) return close();
      controller = new AbortController();
      try {
        const url = `${input.dataset.suggest}?q=${encodeURIComponent(q)}`;
        const response = await fetch(url, { signal: controller.signal, headers: { accept: 'text/html' } });
        if (!response.ok) return close();
        const template = document.createElement('template');
        template.innerHTML = await response.text();
        const items = template.content.querySelectorAll('li');
        if (items.length === 0) return close();
        list.replaceChildren(...items);
        list.hidden = false;
      } catch {
        // an aborted or failed suggestion leaves the plain search form
      }
    }, 150),
  );
  input.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll('a')];
    if (list.hidden || links.length === 0) return;
    const current = links.findIndex((link) => link.getAttribute('aria-selected') === 'true');
    if (event.key === 'Escape') return close();
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? (current + 1) % links.length : (current - 1 + links.length) % links.length;
    for (const link of links) link.removeAttribute('aria-selected');
    links[next].setAttribute('aria-selected', 'true');
    links[next].focus();
  });
  document.addEventListener('click', (event) => {
    if (!list.contains(event.target) && event.target !== input) close();
  });
}

// Add to cart without a reload: the same form posts with fetch; the server answers JSON when asked.
for (const form of document.querySelectorAll('form[data-add-to-cart]')) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = form.querySelector('[role="status"]');
    const button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { accept: 'application/json' },
      });
      const answer = await response.json();
      if (status) status.textContent = answer.message ?? '';
      if (response.ok) {
        for (const link of document.querySelectorAll('[data-cart-count]')) {
          link.dataset.cartCount = String(answer.count);
          link.textContent = answer.cartLabel;
        }
      }
    } catch {
      form.submit();
    } finally {
      if (button) button.disabled = false;
    }
  });
}

// The ward picker: choosing a province loads its wards in place; without JavaScript the form
// posts back and the server renders the wards of the chosen province.
for (const province of document.querySelectorAll('select[data-wards-target]')) {
  const ward = document.getElementById(province.dataset.wardsTarget);
  if (!ward) continue;
  province.addEventListener('change', async () => {
    ward.disabled = true;
    try {
      const response = await fetch(`/api/v1/geo/provinces/${encodeURIComponent(province.value)}/wards`);
      const wards = response.ok ? await response.json() : [];
      const placeholder = ward.querySelector('option[value=""]');
      const options = wards.map((w) => new Option(w.name, w.code));
      ward.replaceChildren(...(placeholder ? [placeholder] : []), ...options);
    } finally {
      ward.disabled = false;
    }
  });
  for (const button of document.querySelectorAll('[data-wards-refresh]')) button.hidden = true;
}
