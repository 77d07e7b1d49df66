/**
 * Thrown by a page's guard to send the viewer elsewhere (a 303 to a path of ours): staff who
 * have not set up two-factor go to set it up before the console.
 */
export class PageRedirect extends Error {
  constructor(readonly location: string) {
    super(`redirect to ${location}`);
  }
}
