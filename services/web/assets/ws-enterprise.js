// The enterprise form, enhanced: the tax code is checked as it is typed (10 digits, or 13 with a
// branch suffix, and the check digit of packages/vn's tax-code.ts). Only a hint: the API's check
// is the one that counts, and the form works the same without this file.

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** Whether a tax code is well formed with a right check digit (a copy of parseTaxCode's rule). */
const isTaxCode = (input) => {
  const match = input.replace(/\s+/g, '').match(/^(\d{10})(?:-(\d{3}))?$/);
  if (!match) return false;
  const base = match[1];
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(base[index]), 0);
  const check = 10 - (sum % 11);
  return check !== 10 && check === Number(base[9]);
};

for (const box of document.querySelectorAll('[data-taxcode-check]')) {
  const input = document.getElementById(box.dataset.target);
  const live = box.querySelector('[data-taxcode-live]');
  if (!input || !live) continue;
  const check = (final) => {
    const value = input.value.trim();
    // while typing, say nothing until the code is long enough to judge
    if (value === '' || (!final && value.replace(/\D/g, '').length < 10)) {
      live.textContent = '';
      live.className = 'taxcode-live';
      return;
    }
    const ok = isTaxCode(value);
    live.textContent = ok ? box.dataset.valid : box.dataset.invalid;
    live.className = ok ? 'taxcode-live taxcode-ok' : 'taxcode-live taxcode-bad';
    input.setAttribute('aria-invalid', ok ? 'false' : 'true');
  };
  input.addEventListener('input', () => check(false));
  input.addEventListener('blur', () => check(true));
}
