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
  const sections = CONSOLE_NAV.filter((key) => CONSOLE_SECTIONS[key].role === 'moderator' || role === 'admin');
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
      context={role ? <span class="work-role">{t.roles[role]}</span> : undefined}
    >
      {children}
    </WorkDocument>
  );
}
