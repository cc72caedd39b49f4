/**
 * Copies the link of this page with the given hash; returns what to tell the person: that it is
 * copied, or the link itself to copy by hand when the browser refuses the clipboard.
 */
export async function copyLink(hash: string, done: string): Promise<string> {
  const url = `${location.origin}${location.pathname}${location.search}${hash}`;
  try {
    await navigator.clipboard.writeText(url);
    return done;
  } catch {
    return url;
  }
}
