/**
 * Who published a source, named in the reader's language: the widget lists sources by publisher
 * (one line per page, whatever the language of the page's own title, which stays in the link's
 * tooltip). Unofficial sites are said to be so.
 */
const publishers: Record<string, { fr: string; en: string }> = {
  'www.canada.ca': { fr: 'Gouvernement du Canada', en: 'Government of Canada' },
  'www.revenuquebec.ca': { fr: 'Revenu Québec', en: 'Revenu Québec' },
  'www.legisquebec.gouv.qc.ca': {
    fr: 'Lois et règlements du Québec',
    en: 'Québec laws and regulations',
  },
  'laws-lois.justice.gc.ca': { fr: 'Lois du Canada', en: 'Laws of Canada' },
  'procedures-sr.cssspnql.com': {
    fr: 'Tables du ministère publiées par la Commission de la santé des Premières Nations',
    en: 'Ministry tables published by the First Nations health commission',
  },
  'www.quebec.ca': { fr: 'Gouvernement du Québec', en: 'Government of Québec' },
  'www.ramq.gouv.qc.ca': {
    fr: 'Régie de l’assurance maladie du Québec',
    en: 'Régie de l’assurance maladie du Québec',
  },
  'www.finances.gouv.qc.ca': { fr: 'Finances Québec', en: 'Finances Québec' },
  'www.mani.mess.gouv.qc.ca': { fr: 'Manuel du ministère', en: 'Ministry manual' },
  'mani.mess.gouv.qc.ca': { fr: 'Manuel du ministère', en: 'Ministry manual' },
  'www.newswire.ca': { fr: 'Communiqué du gouvernement', en: 'Government news release' },
  'www.taxtips.ca': { fr: 'TaxTips.ca (site non officiel)', en: 'TaxTips.ca (unofficial site)' },
  'www.narcity.com': { fr: 'Narcity (média)', en: 'Narcity (news site)' },
  'github.com': { fr: 'PolicyEngine (modèle libre)', en: 'PolicyEngine (open model)' },
  'bulletinaylmeren.shoutcms.net': {
    fr: 'Bulletin d’Aylmer (journal)',
    en: 'Bulletin d’Aylmer (newspaper)',
  },
};

export function publisherOf(url: string, lang: 'fr' | 'en'): string {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return url;
  }
  return publishers[host]?.[lang] ?? host;
}
