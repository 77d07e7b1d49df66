import type { ComponentChildren } from 'preact';
import type { PageContext } from '../../http/page-context.ts';
import { WorkDocument } from '../../layout/work-layout.tsx';
import type { Workspace } from './workspace-access.ts';
import { WORKSPACE_NAV, WORKSPACE_ROOT, type WorkspaceSection, workspacePath } from './workspace-nav.ts';

/** A page of an enterprise's workspace: the enterprise's name and state above its sections. */
export function WorkspaceDocument({
  ctx,
  workspace,
  active,
  title,
  heading,
  actions,
  children,
}: {
  ctx: PageContext;
  workspace: Workspace;
  active: WorkspaceSection;
  title: string;
  heading?: ComponentChildren;
  actions?: ComponentChildren;
  children: ComponentChildren;
}) {
  const t = ctx.t.workspace;
  const { enterprise } = workspace;
  return (
    <WorkDocument
      ctx={ctx}
      title={title}
      areaLabel={t.areaName}
      navLabel={t.navLabel}
      nav={WORKSPACE_NAV.map((key) => ({ key, label: t.nav[key], path: workspacePath(enterprise.id, key) }))}
      active={active}
      heading={heading}
      actions={actions}
      context={
        <>
          <strong class="work-context-name">{enterprise.name}</strong>
          <span class={`status status-${enterprise.status}`} data-status={enterprise.status}>
            {t.enterpriseStatuses[enterprise.status] ?? enterprise.status}
          </span>
          {workspace.memberships.length > 1 ? (
            <a class="work-switch" href={ctx.href(WORKSPACE_ROOT)}>
              {t.switchEnterprise}
            </a>
          ) : null}
        </>
      }
    >
      {children}
    </WorkDocument>
  );
}
