/**
 * Node's own FormData, Blob and File (undici's). In the jsdom test environment the globals are
 * jsdom's, which Node's fetch cannot read: a multipart body built from them reaches the stubbed
 * API as "undefined", and a Blob answered by Node's fetch is not `instanceof` jsdom's Blob. Tests
 * that send or download files stub the globals with these, as a browser uses one set of classes.
 */
export async function nodeFetchClasses(): Promise<{ FormData: typeof FormData; Blob: typeof Blob; File: typeof File }> {
  const body = '--b\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\n\r\nx\r\n--b--\r\n';
  const form = await new Response(body, { headers: { 'Content-Type': 'multipart/form-data; boundary=b' } }).formData();
  const file = form.get('f') as File;
  const FileClass = file.constructor as typeof File;
  const BlobClass = (Object.getPrototypeOf(FileClass.prototype) as { constructor: typeof Blob }).constructor;
  return { FormData: form.constructor as typeof FormData, Blob: BlobClass, File: FileClass };
}
