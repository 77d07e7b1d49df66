/**
 * JSON-LD is one of the two places raw markup is allowed: the object is ours, serialised with
 * `<` written as `\u003c`, so no value (a product named `</script><script>…`) can end the block.
 */
export function JsonLd({ data }: { data: object }) {
  const text = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: text }} />;
}
