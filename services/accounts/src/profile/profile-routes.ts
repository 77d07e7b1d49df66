import { type App, principalOf, problemResponses, requireUser } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';
import { MeSchema } from '../auth/auth-schemas.ts';
import { AddressBody, AddressList, AddressParams, AddressPatchBody, AddressSchema, ProfilePatchBody } from './profile-schemas.ts';
import type { ProfileService } from './profile-service.ts';

type Me = Static<typeof MeSchema>;

/**
 * The signed-in person's own profile and address book. Every route acts for the token's user
 * only: another person's address id answers 404, exactly as an id that does not exist.
 */
export function profileRoutes(deps: { profile: ProfileService; me: (userId: string) => Promise<Me> }) {
  const tags = ['accounts'];
  const security = [{ bearerAuth: [] }];
  return async (app: App) => {
    const { profile } = deps;

    app.patch(
      '/me',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Sửa họ tên, số điện thoại của mình (edit my name and phone)',
          security,
          body: ProfilePatchBody,
          response: { 200: MeSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => {
        const { userId } = principalOf(request);
        await profile.updateProfile(userId, request.body);
        return deps.me(userId);
      },
    );

    app.get(
      '/me/addresses',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Sổ địa chỉ của tôi (my address book; the default first)',
          security,
          response: { 200: AddressList, ...problemResponses(401) },
        },
      },
      async (request) => ({ items: await profile.listAddresses(principalOf(request).userId) }),
    );

    app.get(
      '/me/addresses/:id',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Một địa chỉ trong sổ của tôi',
          security,
          params: AddressParams,
          response: { 200: AddressSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => profile.getAddress(principalOf(request).userId, request.params.id),
    );

    app.post(
      '/me/addresses',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Thêm địa chỉ (at most 10; the first is the default)',
          description:
            'Mã tỉnh và mã phường/xã theo đơn vị hành chính từ 1/7/2025 (`/geo/provinces/{code}/wards`); số điện thoại Việt Nam được chuẩn hoá về dạng 0912345678.',
          security,
          body: AddressBody,
          response: { 201: AddressSchema, ...problemResponses(400, 401, 409) },
        },
      },
      async (request, reply) => {
        const address = await profile.addAddress(principalOf(request).userId, request.body);
        return reply.code(201).header('location', `/api/v1/me/addresses/${address.id}`).send(address);
      },
    );

    app.patch(
      '/me/addresses/:id',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Sửa địa chỉ, hoặc đặt làm mặc định (`isDefault: true`)',
          security,
          params: AddressParams,
          body: AddressPatchBody,
          response: { 200: AddressSchema, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => profile.updateAddress(principalOf(request).userId, request.params.id, request.body),
    );

    app.delete(
      '/me/addresses/:id',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Xoá địa chỉ (the oldest remaining becomes the default if this one was)',
          security,
          params: AddressParams,
          response: { 204: Type.Null({ description: 'Đã xoá' }), ...problemResponses(400, 401, 404) },
        },
      },
      async (request, reply) => {
        await profile.removeAddress(principalOf(request).userId, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
