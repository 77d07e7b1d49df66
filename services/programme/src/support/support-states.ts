/** Where an application is in its review. */
export const APPLICATION_STATUSES = ['submitted', 'needs_more_info', 'resubmitted', 'approved', 'rejected', 'paid'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** What can be done to an application, by the enterprise (`answer`) or by staff (the others). */
export const APPLICATION_ACTIONS = ['submit', 'ask_more', 'answer', 'approve', 'reject', 'pay'] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

const UNDER_REVIEW: readonly ApplicationStatus[] = ['submitted', 'resubmitted'];

/** From which states each action may be taken, and the state it leads to. */
const TRANSITIONS: Record<Exclude<ApplicationAction, 'submit'>, { from: readonly ApplicationStatus[]; to: ApplicationStatus }> = {
  ask_more: { from: UNDER_REVIEW, to: 'needs_more_info' },
  answer: { from: ['needs_more_info'], to: 'resubmitted' },
  approve: { from: UNDER_REVIEW, to: 'approved' },
  // staff may also close an application still waiting for the enterprise's answer
  reject: { from: [...UNDER_REVIEW, 'needs_more_info'], to: 'rejected' },
  pay: { from: ['approved'], to: 'paid' },
};

/** The state `action` leads to from `status`, or undefined when it may not be taken there. */
export function nextStatus(
  status: ApplicationStatus,
  action: Exclude<ApplicationAction, 'submit'>,
): ApplicationStatus | undefined {
  const rule = TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : undefined;
}

/** The actions staff may take on an application in `status` (the console shows only these). */
export function staffActions(status: ApplicationStatus): Exclude<ApplicationAction, 'submit' | 'answer'>[] {
  return (['ask_more', 'approve', 'reject', 'pay'] as const).filter((action) => nextStatus(status, action) !== undefined);
}
