import type { ComponentChildren } from 'preact';
import type { PageContext } from '../../http/page-context.ts';
import { WorkDocument } from '../../layout/work-layout.tsx';
import { staffRoleOf } from './console-access.ts';
import { CONSOLE_NAV, CONSOLE_SECTIONS, type ConsoleSection } from './console-nav.ts';

/** A page of the province console: the sections the viewer's role opens, what waits in each. */
export function ConsoleDocument({
  ctx,
  active,
  title,
  heading,
  actions,
  badges = {},
  children,
}: {
  ctx: PageContext;
  active: ConsoleSection;
  title: string;
  heading?: ComponentChildren;
  actions?: ComponentChildren;
  /** Counts beside navigation items (the start page knows them). */
  badges?: Partial<Record<ConsoleSection, number>>;
  children: ComponentChildren;
}) {
  const t = ctx.t.console;
  const role = staffRoleOf(ctx);
  const isEditor = ctx.viewer?.roles.includes('editor') ?? false;
  // an editor sees the editorial board's section only; a moderator every section but it
  const sections = CONSOLE_NAV.filter((key) => {
    const need: string = CONSOLE_SECTIONS[key].role;
    return role === 'admin' || (need === 'moderator' && role === 'moderator') || (need === 'editor' && isEditor);
  });
  return (
    <WorkDocument
      ctx={ctx}
      title={title}
      areaLabel={t.areaName}
      navLabel={t.navLabel}
      nav={sections.map((key) => ({
        key,
        label: t.nav[key],
        path: CONSOLE_SECTIONS[key].path,
        ...(badges[key] ? { badge: badges[key] } : {}),
      }))}
      active={active}
      heading={heading}
      actions={actions}
      context={role || isEditor ? <span class="work-role">{t.roles[role ?? 'editor']}</span> : undefined}
    >
      {children}
    </WorkDocument>
  );
}
