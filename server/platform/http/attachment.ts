// The Content-Disposition of a download: RFC 6266's ASCII fallback name for old clients, and the
// real one (Chinese too) UTF-8 encoded as RFC 5987 says (which also escapes ' ( ) *).
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
