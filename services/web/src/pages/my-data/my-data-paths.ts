/** A person's data page: their copy of it, and deleting their account. */
export const MY_DATA_PATH = '/tai-khoan/du-lieu';
