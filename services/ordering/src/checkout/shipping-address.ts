import type { ProblemField } from '@tradeqn/kit';
import { normalizePhoneVn, resolveWard } from '@tradeqn/vn';
import type { ShippingAddress } from '../db/schema.ts';
import { orderErrors } from '../orders/order-errors.ts';

export interface AddressInput {
  fullName: string;
  phone: string;
  provinceCode: string;
  wardCode: string;
  street: string;
}

/** The address as the order keeps it: the phone normalised, the province and ward named (units since 1 July 2025). */
export function resolveShippingAddress(input: AddressInput): ShippingAddress {
  const phone = normalizePhoneVn(input.phone);
  const place = resolveWard(input.provinceCode, input.wardCode);
  const errors: ProblemField[] = [];
  if (!phone) errors.push({ path: '/shippingAddress/phone', message: 'not a Vietnamese phone number' });
  if (!place)
    errors.push({ path: '/shippingAddress/wardCode', message: 'no such ward in that province (units since 1 July 2025)' });
  if (!phone || !place) throw orderErrors.ORDERING_WARD_UNKNOWN(undefined, errors);
  return {
    fullName: input.fullName,
    phone,
    provinceCode: input.provinceCode,
    wardCode: input.wardCode,
    street: input.street,
    provinceName: place.province.name,
    wardName: place.ward.name,
  };
}
