import { type App, defineErrors, problemResponses } from '@tradeqn/kit';
import { listBanks, listProvinces, listWards } from '@tradeqn/vn';
import { Type } from 'typebox';

const geoErrors = defineErrors({
  GEO_PROVINCE_NOT_FOUND: { status: 404, vi: 'Không có tỉnh/thành phố với mã này', en: 'No province with this code' },
});

const Unit = Type.Object({
  code: Type.String({ examples: ['51'] }),
  name: Type.String({ examples: ['Quảng Ngãi'] }),
  fullName: Type.String({ examples: ['Tỉnh Quảng Ngãi'] }),
});

/** Reference data every form needs: provinces and wards in force since 1 July 2025, and VietQR banks. */
export function geoRoutes() {
  return async (app: App) => {
    app.get(
      '/geo/provinces',
      {
        schema: {
          tags: ['reference data'],
          summary: '34 tỉnh, thành phố (từ 1/7/2025)',
          response: { 200: Type.Array(Unit) },
        },
      },
      async (_request, reply) => {
        reply.header('cache-control', 'public, max-age=86400');
        return listProvinces().map(({ code, name, fullName }) => ({ code, name, fullName }));
      },
    );
    app.get(
      '/geo/provinces/:code/wards',
      {
        schema: {
          tags: ['reference data'],
          summary: 'Phường, xã, đặc khu của một tỉnh (không còn cấp huyện)',
          params: Type.Object({ code: Type.String({ pattern: '^\\d{2}$', examples: ['51'] }) }),
          response: { 200: Type.Array(Unit), ...problemResponses(400, 404) },
        },
      },
      async (request, reply) => {
        const wards = listWards(request.params.code);
        if (!wards) throw geoErrors.GEO_PROVINCE_NOT_FOUND();
        reply.header('cache-control', 'public, max-age=86400');
        return wards;
      },
    );
    app.get(
      '/banks',
      {
        schema: {
          tags: ['reference data'],
          summary: 'Ngân hàng nhận chuyển khoản VietQR (NAPAS 247) và mã BIN',
          response: {
            200: Type.Array(
              Type.Object({
                bin: Type.String({ examples: ['970436'] }),
                code: Type.String({ examples: ['VCB'] }),
                shortName: Type.String({ examples: ['Vietcombank'] }),
                name: Type.String({ examples: ['Ngân hàng TMCP Ngoại thương Việt Nam'] }),
              }),
            ),
          },
        },
      },
      async (_request, reply) => {
        reply.header('cache-control', 'public, max-age=86400');
        return listBanks();
      },
    );
  };
}
