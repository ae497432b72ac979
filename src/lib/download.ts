/** `2025-01-21`, in local time: the day the person exported the file. */
export function isoDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The link of the view on screen: the address without its fragment (a citation, or a whole deck). */
export function viewLink(): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}`;
}

/** What an export or a print carries of the view on screen now: its link and today's date. */
export function stampNow(): { link: string; date: string } {
  return { link: viewLink(), date: isoDate() };
}

/** Saves a blob as a file through a temporary `<a download>`: no server, no new window. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
