import { formatDateTimeVn, formatDateVn } from '@tradeqn/vn';
import { ConfirmAction } from '../../components/confirm-action.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, SelectField, TextField } from '../../components/form.tsx';
import type { PageContext } from '../../http/page-context.ts';
import type { Workspace } from '../workspace/workspace-access.ts';
import { WorkspaceDocument } from '../workspace/workspace-layout.tsx';
import { workspacePath } from '../workspace/workspace-nav.ts';

/** A member as `GET /enterprises/{id}/members` gives it. */
export interface Member {
  userId: string;
  email: string;
  fullName: string;
  role: 'owner' | 'staff';
  joinedAt: string;
}

/** An open invitation (`GET /enterprises/{id}/invitations`, owners only). */
export interface Invitation {
  id: string;
  email: string;
  role: 'owner' | 'staff';
  createdAt: string;
  expiresAt: string;
  isSent: boolean;
}

export function MembersPage({
  ctx,
  workspace,
  members,
  invitations,
  invite,
}: {
  ctx: PageContext;
  workspace: Workspace;
  members: Member[];
  invitations: Invitation[] | null;
  invite: { email: string; role: string; errors: FieldErrors };
}) {
  const t = ctx.t.wsEnterprise.members;
  const roles = ctx.t.workspace.roles;
  const { enterprise } = workspace;
  const isOwner = workspace.role === 'owner';
  const base = workspacePath(enterprise.id, 'members');
  const viewerId = ctx.viewer?.userId;
  const roleOptions = Object.entries(roles).map(([value, label]) => ({ value, label }));
  return (
    <WorkspaceDocument ctx={ctx} workspace={workspace} active="members" title={t.title}>
      <section class="ws-section" aria-labelledby="ws-members">
        <h2 id="ws-members">{t.listHeading}</h2>
        <p class="muted">{isOwner ? t.lastOwnerNote : t.ownerOnly}</p>
        <div class="table-scroll">
          <table class="data-table ws-members" data-members>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.role}</th>
                <th scope="col">{t.joinedAt}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => {
                const isSelf = member.userId === viewerId;
                const memberPath = `${base}/${member.userId}`;
                return (
                  <tr data-member={member.userId} data-role={member.role}>
                    <td>
                      {member.fullName} {isSelf ? <span class="muted">{t.you}</span> : null}
                    </td>
                    <td>{member.email}</td>
                    <td>{roles[member.role] ?? member.role}</td>
                    <td>{formatDateVn(member.joinedAt)}</td>
                    <td class="ws-member-actions">
                      {isOwner ? (
                        <form method="post" action={ctx.href(`${memberPath}/vai-tro`)} class="inline-form" data-role-form>
                          <CsrfField ctx={ctx} />
                          <input type="hidden" name="role" value={member.role === 'owner' ? 'staff' : 'owner'} />
                          <button type="submit" class="button button-secondary">
                            {member.role === 'owner' ? t.makeStaff : t.makeOwner}
                          </button>
                        </form>
                      ) : null}
                      {isSelf ? (
                        <ConfirmAction
                          ctx={ctx}
                          action={`${memberPath}/xoa`}
                          label={t.leave}
                          confirmLabel={t.leaveConfirm}
                          question={t.leaveQuestion}
                          name="leave"
                        />
                      ) : isOwner ? (
                        <ConfirmAction
                          ctx={ctx}
                          action={`${memberPath}/xoa`}
                          label={t.remove}
                          confirmLabel={t.removeConfirm}
                          question={t.removeQuestion(member.fullName)}
                          name="remove"
                        />
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      {isOwner ? (
        <>
          <section class="ws-section" aria-labelledby="ws-invite" id="invite">
            <h2 id="ws-invite">{t.invite}</h2>
            <p class="muted">{t.inviteIntro}</p>
            <ErrorSummary ctx={ctx} errors={invite.errors} labels={{ email: t.inviteEmail, role: t.inviteRole }} />
            <form method="post" action={ctx.href(`${base}/moi`)} class="ws-form ws-inline-fields" noValidate data-invite-form>
              <CsrfField ctx={ctx} />
              <TextField
                name="email"
                label={t.inviteEmail}
                type="email"
                value={invite.email}
                error={invite.errors.email}
                autoComplete="off"
                required
                maxLength={254}
              />
              <SelectField
                name="role"
                label={t.inviteRole}
                value={invite.role || 'staff'}
                error={invite.errors.role}
                options={roleOptions}
              />
              <button type="submit" class="button">
                {t.sendInvite}
              </button>
            </form>
          </section>
          <section class="ws-section" aria-labelledby="ws-invitations">
            <h2 id="ws-invitations">{t.invitations}</h2>
            {!invitations || invitations.length === 0 ? (
              <p class="empty">{t.noInvitations}</p>
            ) : (
              <div class="table-scroll">
                <table class="data-table" data-invitations>
                  <thead>
                    <tr>
                      <th scope="col">{t.email}</th>
                      <th scope="col">{t.role}</th>
                      <th scope="col">{t.expiresAt}</th>
                      <th scope="col">{t.actions}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {invitations.map((invitation) => (
                      <tr data-invitation={invitation.id}>
                        <td>
                          {invitation.email} <span class="muted">({invitation.isSent ? t.sent : t.notSentYet})</span>
                        </td>
                        <td>{roles[invitation.role] ?? invitation.role}</td>
                        <td>{formatDateTimeVn(invitation.expiresAt)}</td>
                        <td>
                          <ConfirmAction
                            ctx={ctx}
                            action={`${base}/loi-moi/${invitation.id}/huy`}
                            label={t.revoke}
                            confirmLabel={t.revokeConfirm}
                            name="revoke"
                          >
                            <input type="hidden" name="email" value={invitation.email} />
                          </ConfirmAction>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      ) : null}
    </WorkspaceDocument>
  );
}
