/**
 * A multipart/form-data body for an upload collection, the way Payload's REST API expects it: the
 * file in `file`, every other field as a JSON string in `_payload`.
 */
export const uploadForm = (
  file: { data: Buffer; name: string; mimetype: string },
  fields: Record<string, unknown>,
): FormData => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(fields))
  return form
}
