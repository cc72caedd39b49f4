// The demo site's own text follows the language its Passerelle element speaks: an element
// announces it with `passerelle-language` (when a person presses « English », when a link opens it
// in English, and once at first); each text of the page with a `data-en` twin is switched, and the
// page's `lang` with it. Loaded before the element's script, so that its first word is heard.
const texts = [...document.querySelectorAll('[data-en]')];
for (const el of texts) el.dataset.fr ??= el.textContent;
document.addEventListener('passerelle-language', (event) => {
  const lang = event.detail.lang === 'en' ? 'en' : 'fr';
  document.documentElement.lang = lang === 'en' ? 'en-CA' : 'fr-CA';
  for (const el of texts) el.textContent = el.dataset[lang];
});
