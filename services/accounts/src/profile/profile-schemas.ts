import { Type } from 'typebox';

const FullName = Type.String({ minLength: 2, maxLength: 120, pattern: '\\S', examples: ['Nguyễn Văn A'] });
const Phone = Type.String({ maxLength: 20, description: 'Số điện thoại Việt Nam', examples: ['0912345678'] });

export const ProfilePatchBody = Type.Object(
  {
    fullName: Type.Optional(FullName),
    phone: Type.Optional(
      Type.Union([Phone, Type.Null()], { description: 'Số điện thoại Việt Nam; chuỗi rỗng hoặc null để xoá' }),
    ),
  },
  { additionalProperties: false },
);

const addressFields = {
  fullName: FullName,
  phone: Type.String({ minLength: 1, maxLength: 20, description: 'Số điện thoại Việt Nam', examples: ['0905123456'] }),
  provinceCode: Type.String({ pattern: '^\\d{2}$', description: 'Mã tỉnh (từ 1/7/2025)', examples: ['51'] }),
  wardCode: Type.String({ pattern: '^\\d{5}$', description: 'Mã phường/xã của tỉnh đó', examples: ['21244'] }),
  street: Type.String({ minLength: 2, maxLength: 250, pattern: '\\S', examples: ['123 Quang Trung'] }),
};

export const AddressBody = Type.Object(
  { ...addressFields, isDefault: Type.Optional(Type.Boolean({ description: 'Đặt làm địa chỉ mặc định' })) },
  { additionalProperties: false },
);

export const AddressPatchBody = Type.Object(
  {
    fullName: Type.Optional(addressFields.fullName),
    phone: Type.Optional(addressFields.phone),
    provinceCode: Type.Optional(addressFields.provinceCode),
    wardCode: Type.Optional(addressFields.wardCode),
    street: Type.Optional(addressFields.street),
    isDefault: Type.Optional(Type.Literal(true, { description: 'Đặt làm địa chỉ mặc định' })),
  },
  { additionalProperties: false },
);

export const AddressSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  fullName: Type.String(),
  phone: Type.String({ description: 'Dạng trong nước, 0912345678' }),
  provinceCode: Type.String({ examples: ['51'] }),
  provinceName: Type.String({ examples: ['Quảng Ngãi'] }),
  wardCode: Type.String(),
  wardName: Type.String({ examples: ['Phường Cẩm Thành'] }),
  street: Type.String(),
  isDefault: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const AddressList = Type.Object({ items: Type.Array(AddressSchema) });
export const AddressParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
