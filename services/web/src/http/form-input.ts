import type { ApiProblem } from './api-client.ts';

/** A posted form's text field, trimmed; '' when absent or sent twice. (Passwords are read as typed, not through this.) */
export function formText(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A refused form comes back as 422 when the input was wrong, else with the API's own status. */
export function formStatus(problem: ApiProblem): number {
  return problem.status === 400 ? 422 : problem.status;
}
