import type { CategoryNodeDto } from '@tradeqn/catalog/contract';
import type { Crumb } from '../../components/breadcrumbs.tsx';

/** A category and the categories above it, root first. */
export interface CategoryPlace {
  node: CategoryNodeDto;
  ancestors: CategoryNodeDto[];
}

function find(tree: CategoryNodeDto[], matches: (node: CategoryNodeDto) => boolean): CategoryPlace | null {
  const walk = (nodes: CategoryNodeDto[], ancestors: CategoryNodeDto[]): CategoryPlace | null => {
    for (const node of nodes) {
      if (matches(node)) return { node, ancestors };
      const below = walk(node.children, [...ancestors, node]);
      if (below) return below;
    }
    return null;
  };
  return walk(tree, []);
}

export const findCategoryBySlug = (tree: CategoryNodeDto[], slug: string) => find(tree, (node) => node.slug === slug);
export const findCategoryById = (tree: CategoryNodeDto[], id: string) => find(tree, (node) => node.id === id);

/** Home › each category down to this one (linked), as breadcrumbs. */
export function categoryCrumbs(home: string, place: CategoryPlace | null, last?: string): Crumb[] {
  const crumbs: Crumb[] = [{ label: home, path: '/' }];
  if (place) {
    for (const node of [...place.ancestors, place.node]) crumbs.push({ label: node.name, path: `/danh-muc/${node.slug}` });
  }
  if (last !== undefined) crumbs.push({ label: last });
  return crumbs;
}

/**
 * The categories a filter offers, each with its depth: every top category, and below the chosen
 * one (and each of its ancestors) their subcategories, so a person can narrow step by step.
 */
export function categoryOptions(
  tree: CategoryNodeDto[],
  chosen: CategoryPlace | null,
): { node: CategoryNodeDto; depth: number }[] {
  const open = new Set(chosen ? [...chosen.ancestors, chosen.node].map((node) => node.id) : []);
  const options: { node: CategoryNodeDto; depth: number }[] = [];
  const walk = (nodes: CategoryNodeDto[], depth: number) => {
    for (const node of nodes) {
      options.push({ node, depth });
      if (open.has(node.id)) walk(node.children, depth + 1);
    }
  };
  walk(tree, 0);
  return options;
}
