// The import's progress page without reloading it: every two seconds the page is fetched again
// and its progress swapped in; once the import is done, the whole page is loaded (the result).
// Without JavaScript a <noscript> meta refresh reloads the page instead.
const job = document.querySelector('[data-import-job]');
const progress = job?.querySelector('[data-progress]');
if (job && progress) {
  const seconds = Number(progress.getAttribute('data-refresh-seconds')) || 2;
  const poll = async () => {
    try {
      const response = await fetch(location.href, { headers: { accept: 'text/html' }, credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      const next = new DOMParser().parseFromString(await response.text(), 'text/html');
      const nextJob = next.querySelector('[data-import-job]');
      const nextProgress = nextJob?.querySelector('[data-progress]');
      if (!nextJob || !nextProgress) {
        location.reload();
        return;
      }
      const bar = progress.querySelector('progress');
      const nextBar = nextProgress.querySelector('progress');
      if (bar && nextBar) {
        bar.max = nextBar.max;
        bar.value = nextBar.value;
      }
      const text = progress.querySelector('[data-progress-text]');
      const nextText = nextProgress.querySelector('[data-progress-text]');
      if (text && nextText && text.textContent !== nextText.textContent) text.textContent = nextText.textContent;
    } catch {
      // a failed poll is tried again at the next tick
    }
    setTimeout(poll, seconds * 1000);
  };
  setTimeout(poll, seconds * 1000);
}
