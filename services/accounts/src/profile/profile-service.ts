import type { Db } from '@tradeqn/db';
import type { ProblemField } from '@tradeqn/kit';
import { getProvince, normalizePhoneVn, resolveWard } from '@tradeqn/vn';
import { eq, sql } from 'drizzle-orm';
import { users } from '../db/schema.ts';
import { type AddressRow, type AddressValues, createAddressRepository } from './address-repository.ts';
import { MAX_ADDRESSES, profileErrors } from './profile-errors.ts';

export interface ProfilePatch {
  fullName?: string;
  /** `null` or an empty string removes the phone. */
  phone?: string | null;
}

export interface AddressInput {
  fullName: string;
  phone: string;
  provinceCode: string;
  wardCode: string;
  street: string;
  isDefault?: boolean;
}

export type AddressPatch = Partial<Omit<AddressInput, 'isDefault'>> & { isDefault?: true };

export interface AddressDto {
  id: string;
  fullName: string;
  phone: string;
  provinceCode: string;
  provinceName: string;
  wardCode: string;
  wardName: string;
  street: string;
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}

const cleanText = (value: string) => value.normalize('NFC').trim().replace(/\s+/g, ' ');

/** The province and ward are named from the units in force (a code no longer known shows as itself). */
function toAddressDto(row: AddressRow): AddressDto {
  const place = resolveWard(row.provinceCode, row.wardCode);
  return {
    id: row.id,
    fullName: row.fullName,
    phone: row.phone,
    provinceCode: row.provinceCode,
    provinceName: place?.province.name ?? row.provinceCode,
    wardCode: row.wardCode,
    wardName: place?.ward.name ?? row.wardCode,
    street: row.street,
    isDefault: row.isDefault,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The whole address checked as one: a Vietnamese phone, a ward of the chosen province (units since 1 July 2025). */
function cleanAddress(input: AddressValues): AddressValues {
  const fields: ProblemField[] = [];
  const fullName = cleanText(input.fullName);
  const street = cleanText(input.street);
  if (fullName.length < 2) fields.push({ path: '/body/fullName', message: 'must have at least 2 characters' });
  if (street.length < 1) fields.push({ path: '/body/street', message: 'must not be empty' });
  const phone = normalizePhoneVn(input.phone);
  if (!phone) fields.push({ path: '/body/phone', message: 'must be a Vietnamese phone number (e.g. 0912345678)' });
  if (!getProvince(input.provinceCode))
    fields.push({ path: '/body/provinceCode', message: 'no such province (units since 1 July 2025)' });
  else if (!resolveWard(input.provinceCode, input.wardCode))
    fields.push({ path: '/body/wardCode', message: 'no such ward in that province (units since 1 July 2025)' });
  if (fields.length > 0 || !phone) throw profileErrors.ACCOUNTS_ADDRESS_INVALID(undefined, fields);
  return { fullName, phone, provinceCode: input.provinceCode, wardCode: input.wardCode, street };
}

/** A person's own profile (name, phone) and address book; every function acts for `userId` only. */
export function createProfileService(deps: { db: Db }) {
  const book = createAddressRepository();

  return {
    async updateProfile(userId: string, patch: ProfilePatch): Promise<void> {
      const fields: ProblemField[] = [];
      const set: { fullName?: string; phone?: string | null } = {};
      if (patch.fullName !== undefined) {
        set.fullName = cleanText(patch.fullName);
        if (set.fullName.length < 2) fields.push({ path: '/body/fullName', message: 'must have at least 2 characters' });
      }
      if (patch.phone !== undefined) {
        if (patch.phone === null || patch.phone.trim() === '') set.phone = null;
        else {
          set.phone = normalizePhoneVn(patch.phone);
          if (!set.phone) fields.push({ path: '/body/phone', message: 'must be a Vietnamese phone number (e.g. 0912345678)' });
        }
      }
      if (fields.length > 0) throw profileErrors.ACCOUNTS_PROFILE_INVALID(undefined, fields);
      if (Object.keys(set).length === 0) return;
      await deps.db
        .update(users)
        .set({ ...set, updatedAt: sql`now()` })
        .where(eq(users.id, userId));
    },

    async listAddresses(userId: string): Promise<AddressDto[]> {
      return (await book.list(deps.db, userId)).map(toAddressDto);
    },

    async getAddress(userId: string, id: string): Promise<AddressDto> {
      const row = await book.find(deps.db, userId, id);
      if (!row) throw profileErrors.ACCOUNTS_ADDRESS_NOT_FOUND();
      return toAddressDto(row);
    },

    /** The first address is the default; asking for the default moves it from the previous one. */
    async addAddress(userId: string, input: AddressInput): Promise<AddressDto> {
      const values = cleanAddress(input);
      return deps.db.transaction(async (tx) => {
        if (!(await book.lockOwner(tx, userId))) throw profileErrors.ACCOUNTS_ADDRESS_NOT_FOUND();
        const existing = await book.count(tx, userId);
        if (existing >= MAX_ADDRESSES) throw profileErrors.ACCOUNTS_ADDRESS_LIMIT();
        const isDefault = existing === 0 || input.isDefault === true;
        if (isDefault) await book.clearDefault(tx, userId);
        return toAddressDto(await book.insert(tx, userId, { ...values, isDefault }));
      });
    },

    async updateAddress(userId: string, id: string, patch: AddressPatch): Promise<AddressDto> {
      return deps.db.transaction(async (tx) => {
        await book.lockOwner(tx, userId);
        const current = await book.find(tx, userId, id);
        if (!current) throw profileErrors.ACCOUNTS_ADDRESS_NOT_FOUND();
        const values = cleanAddress({
          fullName: patch.fullName ?? current.fullName,
          phone: patch.phone ?? current.phone,
          provinceCode: patch.provinceCode ?? current.provinceCode,
          wardCode: patch.wardCode ?? current.wardCode,
          street: patch.street ?? current.street,
        });
        if (patch.isDefault) await book.clearDefault(tx, userId, id);
        const row = await book.update(tx, userId, id, { ...values, ...(patch.isDefault ? { isDefault: true } : {}) });
        if (!row) throw profileErrors.ACCOUNTS_ADDRESS_NOT_FOUND();
        return toAddressDto(row);
      });
    },

    /** Deleting the default makes the oldest remaining address the default. */
    async removeAddress(userId: string, id: string): Promise<void> {
      await deps.db.transaction(async (tx) => {
        await book.lockOwner(tx, userId);
        const removed = await book.remove(tx, userId, id);
        if (!removed) throw profileErrors.ACCOUNTS_ADDRESS_NOT_FOUND();
        if (removed.isDefault) await book.promoteOldest(tx, userId);
      });
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;
