export const consolePeopleVi = {
  title: 'Tài khoản',
};

export type ConsolePeopleMessages = typeof consolePeopleVi;

export const consolePeopleEn: ConsolePeopleMessages = {
  title: 'Accounts',
};
