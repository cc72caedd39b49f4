// The demo site's own text follows the language its Passerelle element speaks: an element
// announces it with `passerelle-language` (when a person presses « English », when a link opens it
// in English, and once at first); each text of the page with a `data-en` twin is switched, and
// marked with its language. The page's own `<html lang>` is left alone: the element falls back to
// it when its `lang` attribute is removed, and a host that followed the element there would keep
// it in the language it last spoke. Loaded before the element's script, so that its first word
// is heard.
const texts = [...document.querySelectorAll('[data-en]')];
const page = document.documentElement.lang;
for (const el of texts) el.dataset.fr ??= el.textContent;
document.addEventListener('passerelle-language', (event) => {
  const lang = event.detail.lang === 'en' ? 'en' : 'fr';
  for (const el of texts) {
    el.textContent = el.dataset[lang];
    if (page.slice(0, 2) === lang) el.removeAttribute('lang');
    else el.setAttribute('lang', lang === 'en' ? 'en-CA' : 'fr-CA');
  }
});
