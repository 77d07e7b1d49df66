import type { Static } from 'typebox';
import type { EnterpriseSchema } from '../enterprises/enterprise-schemas.ts';

/**
 * The shapes enterprises' public API answers, for whoever reads that API in-process (the web's
 * pages): a change to a route's response schema shows up in their type check.
 */
export type EnterpriseDto = Static<typeof EnterpriseSchema>;

/** A page of the directory (`GET /enterprises`) or of the staff queue. */
export interface EnterprisePageDto {
  items: EnterpriseDto[];
  nextCursor: string | null;
}

/** A province or ward of `GET /geo/provinces` and `GET /geo/provinces/{code}/wards`. */
export interface AdminUnitDto {
  code: string;
  name: string;
  fullName: string;
}
