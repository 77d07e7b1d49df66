/** For tests: asserts a response is a problem+json of `status` and gives back its body. */
export function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; body: string; json(): unknown },
  status: number,
) {
  if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  if (!String(response.headers['content-type']).startsWith('application/problem+json')) {
    throw new Error(`expected problem+json, got ${String(response.headers['content-type'])}: ${response.body}`);
  }
  const body = response.json() as {
    type: string;
    title: string;
    status: number;
    code: string;
    detail?: string;
    errors?: { path: string; message: string }[];
  };
  if (body.status !== status || !body.type.startsWith('https://') || !body.title || !body.code) {
    throw new Error(`malformed problem: ${response.body}`);
  }
  return body;
}
