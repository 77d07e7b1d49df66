export const consoleEnterprisesVi = {
  title: 'Doanh nghiệp',
};

export type ConsoleEnterprisesMessages = typeof consoleEnterprisesVi;

export const consoleEnterprisesEn: ConsoleEnterprisesMessages = {
  title: 'Enterprises',
};
