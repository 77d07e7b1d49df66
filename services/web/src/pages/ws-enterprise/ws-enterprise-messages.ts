export const wsEnterpriseVi = {
  title: 'Doanh nghiệp của tôi',
};

export type WsEnterpriseMessages = typeof wsEnterpriseVi;

export const wsEnterpriseEn: WsEnterpriseMessages = {
  title: 'My enterprise',
};
