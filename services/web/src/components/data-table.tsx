import type { ComponentChildren } from 'preact';
import type { SortDirection } from '../http/list-query.ts';
import { withQuery } from '../http/list-query.ts';
import type { PageContext } from '../http/page-context.ts';
import { Pager } from './pager.tsx';

export interface Column<Row> {
  /** The column's name, also its sort key when `sortable`. */
  key: string;
  label: string;
  cell(row: Row): ComponentChildren;
  sortable?: boolean;
  /** Numbers and money align right. */
  numeric?: boolean;
}

export interface DataTableProps<Row> {
  ctx: PageContext;
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  /** The list's path (without language prefix) and its current filters/sort, for sort and page links. */
  basePath: string;
  params: Record<string, string | undefined>;
  sort?: { key: string; dir: SortDirection };
  cursor?: string | undefined;
  nextCursor: string | null;
  /** Shown instead of the table when there are no rows: what to do next. */
  empty: ComponentChildren;
  /** Attributes for each row (a `data-` id the tests and scripts use, a highlight class). */
  rowAttributes?(row: Row): Record<string, string>;
}

/**
 * A list of staff or seller data: a real `<table>` with a caption, sortable column headers (links,
 * so sorting works without JavaScript and can be shared), keyset pagination under it. The API
 * does the filtering, sorting and paging: the table only shows one page.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { ctx, columns, rows } = props;
  if (rows.length === 0 && !props.cursor) return <div class="empty">{props.empty}</div>;
  return (
    <>
      <div class="table-scroll">
        <table class="data-table">
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th scope="col" class={column.numeric ? 'numeric' : undefined} aria-sort={ariaSort(props.sort, column)}>
                  {column.sortable ? <SortLink {...props} column={column} /> : column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={props.rowKey(row)} {...(props.rowAttributes?.(row) ?? {})}>
                {columns.map((column) => (
                  <td class={column.numeric ? 'numeric' : undefined} data-label={column.label}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        ctx={ctx}
        basePath={props.basePath}
        query={{ ...props.params, cursor: props.cursor }}
        nextCursor={props.nextCursor}
      />
    </>
  );
}

function ariaSort(sort: { key: string; dir: SortDirection } | undefined, column: Column<never>) {
  if (!column.sortable || sort?.key !== column.key) return undefined;
  return sort.dir === 'asc' ? 'ascending' : 'descending';
}

function SortLink<Row>({ ctx, basePath, params, sort, column }: DataTableProps<Row> & { column: Column<Row> }) {
  const active = sort?.key === column.key;
  // the first click sorts the column its natural way for people: text A→Z, numbers and dates largest first
  const next: SortDirection = active ? (sort?.dir === 'asc' ? 'desc' : 'asc') : column.numeric ? 'desc' : 'asc';
  const href = ctx.href(withQuery(basePath, { ...params, sort: column.key, dir: next }));
  const t = ctx.t.common.table;
  return (
    <a href={href} class={active ? `sort-link sorted-${sort?.dir}` : 'sort-link'} title={t.sortBy(column.label)}>
      {column.label}
      {active ? <span class="visually-hidden"> ({sort?.dir === 'asc' ? t.sortedAscending : t.sortedDescending})</span> : null}
    </a>
  );
}

/**
 * A list's filters: a GET form (the URL is the filter, so it can be bookmarked and sent), its
 * fields given as children, a submit button, a link that clears them, and the Excel download.
 */
export function FilterBar({
  ctx,
  basePath,
  children,
  exportHref,
  hidden = {},
}: {
  ctx: PageContext;
  basePath: string;
  children: ComponentChildren;
  /** The same list as an Excel file (a path of ours with the list's filters). */
  exportHref?: string;
  /** Parameters the form keeps without showing (the sort). */
  hidden?: Record<string, string | undefined>;
}) {
  const t = ctx.t.common.table;
  return (
    <form class="filter-bar" method="get" action={ctx.href(basePath)}>
      {Object.entries(hidden).map(([name, value]) => (value ? <input type="hidden" name={name} value={value} /> : null))}
      {children}
      <div class="filter-actions">
        <button type="submit" class="button button-secondary">
          {t.filter}
        </button>
        <a href={ctx.href(basePath)}>{t.clearFilters}</a>
        {exportHref ? (
          <a class="button button-secondary export-link" href={ctx.href(exportHref)} download>
            {t.exportExcel}
          </a>
        ) : null}
      </div>
    </form>
  );
}
