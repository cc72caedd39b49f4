// The demo's own text follows its element's language (docs/embedding.md, « Your page in the
// element's language »): each `data-en` text is switched and marked with its language; the page's
// <html lang> is left alone, since an element without a lang falls back to it.
const texts = [...document.querySelectorAll('[data-en]')];
const page = document.documentElement.lang.slice(0, 2);
for (const el of texts) el.dataset.fr ??= el.textContent;
document.addEventListener('passerelle-language', (event) => {
  const lang = event.detail.lang === 'en' ? 'en' : 'fr';
  for (const el of texts) {
    el.textContent = el.dataset[lang];
    if (page === lang) el.removeAttribute('lang');
    else el.setAttribute('lang', `${lang}-CA`);
  }
});
