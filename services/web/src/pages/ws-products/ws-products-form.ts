import type { ProductDto } from '@tradeqn/catalog/contract';
import type { FieldErrors } from '../../components/form.tsx';
import { fieldErrorsOf } from '../../components/form.tsx';
import type { ApiProblem } from '../../http/api-client.ts';
import type { FormFile, MultipartBody } from '../../http/multipart-form.ts';
import type { WsProductsMessages } from './ws-products-messages.ts';

/** How many wholesale rows the form offers at least (the API takes up to 10). */
export const MIN_TIER_ROWS = 3;
export const MAX_TIERS = 10;
export const MAX_IMAGES = 10;
/** Files one form may bring (the upload route's own limit is per file). */
export const MAX_FILES_PER_POST = 8;

/** The text fields of a product as the form holds them (what was typed, not yet numbers). */
export const TEXT_FIELDS = [
  'name',
  'description',
  'categoryId',
  'price',
  'unit',
  'stock',
  'minOrderQty',
  'origin',
  'vatCategory',
  'ocopStars',
  'ocopCertificateNo',
  'ocopIssuer',
  'ocopIssuedOn',
  'ocopExpiresOn',
  'licenceNumber',
  'licenceIssuer',
  'licenceIssuedOn',
  'manufacturer',
  'netQuantity',
  'ingredients',
  'storage',
  'warnings',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

const NUMBER_FIELDS = ['price', 'stock', 'minOrderQty', 'ocopStars'] as const;
const REQUIRED_FIELDS: readonly TextField[] = ['name', 'categoryId', 'price', 'unit', 'stock'];

export interface ImageRow {
  url: string;
  /** The position typed (1, 2, …), as text. */
  position: string;
  remove: boolean;
}

export interface ProductFormValues {
  text: Record<TextField, string>;
  tiers: { minQty: string; price: string }[];
  images: ImageRow[];
  /** The image chosen as the main one, if any. */
  mainImage: string;
}

/** The form's values of a product as it is now (for the edit form, and to see what changed). */
export function valuesOfProduct(product: ProductDto): ProductFormValues {
  const ocop = product.ocop ?? null;
  const text: Record<TextField, string> = {
    name: product.name,
    description: product.description,
    categoryId: product.category.id,
    price: String(product.price),
    unit: product.unit,
    stock: String(product.stock),
    minOrderQty: String(product.minOrderQty),
    origin: product.origin ?? '',
    vatCategory: product.vatCategory,
    ocopStars: ocop ? String(ocop.stars) : '',
    ocopCertificateNo: ocop?.certificateNo ?? '',
    ocopIssuer: ocop?.issuer ?? '',
    ocopIssuedOn: ocop?.issuedOn ?? '',
    ocopExpiresOn: ocop?.expiresOn ?? '',
    licenceNumber: product.licence?.number ?? '',
    licenceIssuer: product.licence?.issuer ?? '',
    licenceIssuedOn: product.licence?.issuedOn ?? '',
    manufacturer: product.label.manufacturer ?? '',
    netQuantity: product.label.netQuantity ?? '',
    ingredients: product.label.ingredients ?? '',
    storage: product.label.storage ?? '',
    warnings: product.label.warnings ?? '',
  };
  return {
    text,
    tiers: product.wholesaleTiers.map((tier) => ({ minQty: String(tier.minQty), price: String(tier.price) })),
    images: product.images.map((url, index) => ({ url, position: String(index + 1), remove: false })),
    mainImage: product.images[0] ?? '',
  };
}

export function emptyValues(): ProductFormValues {
  const text = Object.fromEntries(TEXT_FIELDS.map((field) => [field, ''])) as Record<TextField, string>;
  text.unit = 'kg';
  text.vatCategory = 'KCT';
  text.minOrderQty = '1';
  return { text, tiers: [], images: [], mainImage: '' };
}

/** What a posted (multipart) form says, as typed. Images are only those of `known` (the product's own). */
export function readProductForm(body: MultipartBody, known: readonly string[] = []): ProductFormValues {
  const field = (name: string) => {
    const value = body[name];
    return typeof value === 'string' ? value.trim() : '';
  };
  const text = Object.fromEntries(TEXT_FIELDS.map((name) => [name, field(name)])) as Record<TextField, string>;
  const tiers: { minQty: string; price: string }[] = [];
  for (let row = 0; row < MAX_TIERS; row++) {
    tiers.push({ minQty: field(`wholesaleTiers.${row}.minQty`), price: field(`wholesaleTiers.${row}.price`) });
  }
  while (tiers.length > 0 && !tiers.at(-1)?.minQty && !tiers.at(-1)?.price) tiers.pop();
  const images: ImageRow[] = [];
  for (let row = 0; row < MAX_IMAGES; row++) {
    const url = field(`image.${row}.url`);
    // an image the product does not have is not taken from the form (the API would refuse a foreign one too)
    if (!url || !known.includes(url) || images.some((image) => image.url === url)) continue;
    images.push({ url, position: field(`image.${row}.position`), remove: field(`image.${row}.remove`) !== '' });
  }
  // the main image counts only when another was chosen than the current one: otherwise the
  // positions typed decide (a radio left as it was must not undo a reorder made with the numbers)
  const mainImage = field('mainImage');
  return { text, tiers, images, mainImage: known.includes(mainImage) && mainImage !== known[0] ? mainImage : '' };
}

/**
 * The kept images in the order asked, the main one first: by the numbers typed; on a tie, the
 * image whose number was changed is the one that moved (2 typed on the first of "1, 2" puts it
 * after the other, 1 typed on the second puts it before), else they keep their order.
 */
export function orderedImages(values: ProductFormValues): string[] {
  const kept = values.images
    .map((image, index) => {
      const typed = Number.parseInt(image.position, 10);
      const rank = Number.isFinite(typed) ? typed : 1e9;
      return { ...image, index, rank, moved: Math.sign(rank - (index + 1)) };
    })
    .filter((image) => !image.remove);
  kept.sort((a, b) => a.rank - b.rank || a.moved - b.moved || a.index - b.index);
  const urls = kept.map((image) => image.url);
  const main = urls.indexOf(values.mainImage);
  if (main > 0) urls.unshift(...urls.splice(main, 1));
  return urls;
}

/** A whole number as people type it (`125.000`, `125 000`), or null. */
function wholeNumber(text: string): number | null {
  const digits = text.replace(/[.\s,]/g, '');
  if (!/^\d{1,15}$/.test(digits)) return null;
  return Number(digits);
}

export interface ProductInput {
  /** The API's body fields (create: every field; edit: see changesOf). */
  body: Record<string, unknown>;
  /** API tier index → the form's row, to put an error on the row it is about. */
  tierRows: number[];
}

/** The form's values as the API's fields, or the errors the form can tell before asking the API. */
export function productInput(
  values: ProductFormValues,
  t: WsProductsMessages,
): { input: ProductInput } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  for (const name of REQUIRED_FIELDS) if (!values.text[name]) errors[name] = t.errors.required;
  const body: Record<string, unknown> = {};
  for (const name of TEXT_FIELDS) {
    const value = values.text[name];
    if ((NUMBER_FIELDS as readonly string[]).includes(name)) {
      if (value === '') continue;
      const number = wholeNumber(value);
      if (number === null) errors[name] ??= t.errors.number;
      else body[name] = number;
    } else if (value !== '' || name === 'description') {
      body[name] = value;
    }
  }
  const tiers: { minQty: number; price: number }[] = [];
  const tierRows: number[] = [];
  values.tiers.forEach((tier, row) => {
    if (!tier.minQty && !tier.price) return;
    const minQty = wholeNumber(tier.minQty);
    const price = wholeNumber(tier.price);
    if (!tier.minQty) errors[`wholesaleTiers.${row}.minQty`] = t.errors.tierIncomplete;
    else if (minQty === null) errors[`wholesaleTiers.${row}.minQty`] = t.errors.number;
    if (!tier.price) errors[`wholesaleTiers.${row}.price`] = t.errors.tierIncomplete;
    else if (price === null) errors[`wholesaleTiers.${row}.price`] = t.errors.number;
    if (minQty !== null && price !== null) {
      tiers.push({ minQty, price });
      tierRows.push(row);
    }
  });
  body.wholesaleTiers = tiers;
  if (Object.keys(errors).length > 0) return { errors };
  return { input: { body, tierRows } };
}

/**
 * An edit's PATCH body: only what differs from the product as it is (a certificate field sent
 * again would ask staff to verify it again; an unchanged name must not send it back to review).
 */
export function changesOf(
  input: ProductInput,
  current: ProductFormValues,
  images: string[],
  currentImages: string[],
  t: WsProductsMessages,
) {
  const now = productInput(current, t);
  const before: Record<string, unknown> = 'input' in now ? now.input.body : {};
  const changes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input.body)) {
    if (JSON.stringify(value) !== JSON.stringify(before[name])) changes[name] = value;
  }
  // a field emptied that the product had: sent as empty, so the API says whether it may be
  for (const name of TEXT_FIELDS) {
    if (!(name in input.body) && current.text[name] !== '') changes[name] = '';
  }
  if (JSON.stringify(images) !== JSON.stringify(currentImages)) changes.images = images;
  return changes;
}

/** The API's problem as the form's fields, in the page's words, with tiers on their own rows. */
export function productErrors(problem: ApiProblem, tierRows: number[], t: WsProductsMessages): FieldErrors {
  const rename: Record<string, string> = {};
  tierRows.forEach((row, index) => {
    rename[`wholesaleTiers.${index}.minQty`] = `wholesaleTiers.${row}.minQty`;
    rename[`wholesaleTiers.${index}.price`] = `wholesaleTiers.${row}.price`;
  });
  const errors = fieldErrorsOf(problem, rename);
  const words: Record<string, string> = {
    'must be below the retail price': t.errors.tierPriceBelowRetail,
    'must fall from tier to tier': t.errors.tierPriceFalling,
    'must rise from tier to tier': t.errors.tierQtyRising,
    'must not be below minOrderQty': t.errors.tierQtyBelowMoq,
    'must come after ocopIssuedOn': t.errors.ocopDates,
  };
  for (const [name, message] of Object.entries(errors)) {
    if (name === '_form') continue;
    if (words[message]) errors[name] = words[message];
    else if (message.startsWith('is required in this category')) errors[name] = t.errors.licenceRequired;
    else if (/fewer than 1 characters|must match pattern/.test(message)) errors[name] = t.errors.cannotClear;
    else errors[name] = t.errors.invalid(message);
  }
  if (problem.code === 'CATALOG_TOO_MANY_IMAGES') return { newImages: t.errors.tooManyImages };
  return errors;
}

/** The files a form brought for the product's images, and what is wrong with them before any is sent. */
export function newImageFiles(
  body: MultipartBody,
  kept: number,
  t: WsProductsMessages,
): { files: FormFile[] } | { error: string } {
  if (body._uploadError === 'tooLarge') return { error: t.errors.tooLarge };
  if (body._uploadError === 'tooMany') return { error: t.errors.tooMany };
  const files = (body._files ?? []).filter((file) => file.field === 'newImages');
  if (kept + files.length > MAX_IMAGES) return { error: t.errors.tooManyImages };
  return { files };
}
