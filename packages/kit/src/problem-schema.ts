import { Type } from 'typebox';

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ format: 'uri', examples: ['https://tradequangngai.com.vn/problems/validation-failed'] }),
    title: Type.String({ examples: ['Dữ liệu gửi lên không hợp lệ'] }),
    status: Type.Integer({ examples: [400] }),
    code: Type.String({ examples: ['HTTP_VALIDATION_FAILED'] }),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details (application/problem+json)' },
);

/** Response schemas for the usual error statuses, to spread into a route's `response`. */
export function problemResponses(...statuses: number[]): Record<number, unknown> {
  const ref = Type.Ref('Problem');
  return Object.fromEntries(statuses.map((status) => [status, ref]));
}
