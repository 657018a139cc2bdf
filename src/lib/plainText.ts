/** A plain-text answer, for endpoints whose callers are calendar apps or a download link rather than the admin. */
export const plainText = (body: string, status: number) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
