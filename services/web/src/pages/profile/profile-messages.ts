export const profileVi = {
  /** The address fieldset (components/address-fields.tsx), shared with checkout. */
  addressFields: {
    legend: 'Địa chỉ nhận hàng',
    fullName: 'Họ và tên người nhận',
    phone: 'Số điện thoại',
    phoneHint: 'Số di động Việt Nam, ví dụ 0905 123 456',
    province: 'Tỉnh/thành phố',
    ward: 'Phường/xã/đặc khu',
    chooseWard: 'Chọn phường/xã',
    refreshWards: 'Cập nhật danh sách phường/xã',
    street: 'Số nhà, đường, thôn/xóm',
    streetHint: 'Ví dụ: 123 Quang Trung, tổ 5',
  },
};

export type ProfileMessages = typeof profileVi;

export const profileEn: ProfileMessages = {
  addressFields: {
    legend: 'Delivery address',
    fullName: "Recipient's full name",
    phone: 'Phone number',
    phoneHint: 'A Vietnamese mobile number, e.g. 0905 123 456',
    province: 'Province/city',
    ward: 'Ward/commune/special zone',
    chooseWard: 'Choose a ward or commune',
    refreshWards: 'Update the list of wards',
    street: 'House number, street, hamlet',
    streetHint: 'E.g. 123 Quang Trung, group 5',
  },
};
