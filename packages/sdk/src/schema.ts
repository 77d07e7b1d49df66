/**
 * Generated from the marketplace's OpenAPI document (packages/sdk/openapi.json, served at
 * GET /openapi.json) by openapi-typescript: do not edit. Regenerate with `pnpm sdk:generate`;
 * `pnpm sdk:check` (run in CI) fails when it is out of date with the API.
 */

export interface paths {
  '/api/v1/admin/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các khoá API đã cấp */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                contactEmail: string | null;
                /** @description the first characters of the key, to tell keys apart */
                prefix: string;
                ratePerMinute: number;
                /** @description `catalog:read`: đọc sản phẩm, danh mục (and receive product webhooks); `enterprises:read`: đọc doanh nghiệp (enterprise webhooks); `orders:write`: đặt hàng thay người mua (order webhooks of its own orders) */
                scopes: ('catalog:read' | 'enterprises:read' | 'orders:write')[];
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                lastUsedAt: string | null;
                /** Format: date-time */
                revokedAt: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Cấp khoá API cho website đối tác (the key is shown only in this answer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example Cổng thông tin OCOP Quảng Ngãi */
            name: string;
            /** Format: email */
            contactEmail?: string;
            ratePerMinute?: number;
            /** @description `catalog:read`: đọc sản phẩm, danh mục (and receive product webhooks); `enterprises:read`: đọc doanh nghiệp (enterprise webhooks); `orders:write`: đặt hàng thay người mua (order webhooks of its own orders) */
            scopes?: ('catalog:read' | 'enterprises:read' | 'orders:write')[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              contactEmail: string | null;
              /** @description the first characters of the key, to tell keys apart */
              prefix: string;
              ratePerMinute: number;
              /** @description `catalog:read`: đọc sản phẩm, danh mục (and receive product webhooks); `enterprises:read`: đọc doanh nghiệp (enterprise webhooks); `orders:write`: đặt hàng thay người mua (order webhooks of its own orders) */
              scopes: ('catalog:read' | 'enterprises:read' | 'orders:write')[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              lastUsedAt: string | null;
              /** Format: date-time */
              revokedAt: string | null;
            } & {
              key: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một khoá API (đối tác) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              contactEmail: string | null;
              /** @description the first characters of the key, to tell keys apart */
              prefix: string;
              ratePerMinute: number;
              /** @description `catalog:read`: đọc sản phẩm, danh mục (and receive product webhooks); `enterprises:read`: đọc doanh nghiệp (enterprise webhooks); `orders:write`: đặt hàng thay người mua (order webhooks of its own orders) */
              scopes: ('catalog:read' | 'enterprises:read' | 'orders:write')[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              lastUsedAt: string | null;
              /** Format: date-time */
              revokedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/api-keys/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Thu hồi khoá API */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              contactEmail: string | null;
              /** @description the first characters of the key, to tell keys apart */
              prefix: string;
              ratePerMinute: number;
              /** @description `catalog:read`: đọc sản phẩm, danh mục (and receive product webhooks); `enterprises:read`: đọc doanh nghiệp (enterprise webhooks); `orders:write`: đặt hàng thay người mua (order webhooks of its own orders) */
              scopes: ('catalog:read' | 'enterprises:read' | 'orders:write')[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              lastUsedAt: string | null;
              /** Format: date-time */
              revokedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/api-keys/{id}/scopes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Đặt lại quyền (scopes) của khoá API */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description `catalog:read`: đọc sản phẩm, danh mục (and receive product webhooks); `enterprises:read`: đọc doanh nghiệp (enterprise webhooks); `orders:write`: đặt hàng thay người mua (order webhooks of its own orders) */
            scopes: ('catalog:read' | 'enterprises:read' | 'orders:write')[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              contactEmail: string | null;
              /** @description the first characters of the key, to tell keys apart */
              prefix: string;
              ratePerMinute: number;
              /** @description `catalog:read`: đọc sản phẩm, danh mục (and receive product webhooks); `enterprises:read`: đọc doanh nghiệp (enterprise webhooks); `orders:write`: đặt hàng thay người mua (order webhooks of its own orders) */
              scopes: ('catalog:read' | 'enterprises:read' | 'orders:write')[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              lastUsedAt: string | null;
              /** Format: date-time */
              revokedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/banners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách quảng cáo, mới nhất trước; lọc theo vị trí, trạng thái, doanh nghiệp */
    get: {
      parameters: {
        query?: {
          /**
           * @description home_top (đầu trang chủ), category_side (cạnh trang danh mục), search_results (sản phẩm tài trợ trong kết quả tìm kiếm), product_page (trang sản phẩm)
           * @example home_top
           */
          slot?: 'home_top' | 'category_side' | 'search_results' | 'product_page';
          /** @description Mặc định: mọi trạng thái trừ lưu trữ */
          status?: 'active' | 'paused' | 'archived';
          enterpriseId?: string;
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Banner'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Tạo quảng cáo (ảnh tải lên sau bằng PUT /admin/banners/{id}/image) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description home_top (đầu trang chủ), category_side (cạnh trang danh mục), search_results (sản phẩm tài trợ trong kết quả tìm kiếm), product_page (trang sản phẩm)
             * @example home_top
             * @enum {string}
             */
            slot: 'home_top' | 'category_side' | 'search_results' | 'product_page';
            /** @example Tuần lễ tỏi Lý Sơn */
            title: string;
            /**
             * @description Đường dẫn của sàn (bắt đầu bằng một dấu /) hoặc địa chỉ https bên ngoài (cần externalTargetApproved)
             * @example /danh-muc/nong-san
             */
            target?: string;
            /** @description Cán bộ xác nhận đã kiểm tra địa chỉ bên ngoài; người và thời điểm được ghi lại */
            externalTargetApproved?: boolean;
            /**
             * Format: uuid
             * @description Sản phẩm được tài trợ (chỉ vị trí search_results)
             */
            productId?: string;
            /**
             * Format: uuid
             * @description Doanh nghiệp được quảng cáo (xem được thống kê)
             */
            enterpriseId?: string;
            /** @example Xuân 2027 */
            campaign?: string;
            /** @description Trọng số: banner trọng số 3 hiện gấp ba banner trọng số 1 */
            weight: number;
            /**
             * Format: date-time
             * @example 2026-12-01T00:00:00.000Z
             */
            startsAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T00:00:00.000Z
             */
            endsAt: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Banner'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/banners/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một quảng cáo */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Banner'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa quảng cáo */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description home_top (đầu trang chủ), category_side (cạnh trang danh mục), search_results (sản phẩm tài trợ trong kết quả tìm kiếm), product_page (trang sản phẩm)
             * @example home_top
             * @enum {string}
             */
            slot?: 'home_top' | 'category_side' | 'search_results' | 'product_page';
            /** @example Tuần lễ tỏi Lý Sơn */
            title?: string;
            /**
             * @description Đường dẫn của sàn (bắt đầu bằng một dấu /) hoặc địa chỉ https bên ngoài (cần externalTargetApproved)
             * @example /danh-muc/nong-san
             */
            target?: string;
            /** @description Cán bộ xác nhận đã kiểm tra địa chỉ bên ngoài; người và thời điểm được ghi lại */
            externalTargetApproved?: boolean;
            /**
             * Format: uuid
             * @description Sản phẩm được tài trợ (chỉ vị trí search_results)
             */
            productId?: string;
            /**
             * Format: uuid
             * @description Doanh nghiệp được quảng cáo (xem được thống kê)
             */
            enterpriseId?: string;
            /** @example Xuân 2027 */
            campaign?: string;
            /** @description Trọng số: banner trọng số 3 hiện gấp ba banner trọng số 1 */
            weight?: number;
            /**
             * Format: date-time
             * @example 2026-12-01T00:00:00.000Z
             */
            startsAt?: string;
            /**
             * Format: date-time
             * @example 2026-12-01T00:00:00.000Z
             */
            endsAt?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Banner'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/admin/banners/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lưu trữ quảng cáo (không hiện nữa, không sửa được) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Banner'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/banners/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nhật ký thay đổi của một quảng cáo */
    get: {
      parameters: {
        query?: {
          limit?: number;
          /** @description Trang tiếp theo: id cuối của trang trước */
          afterId?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                /** @example approve */
                action: string;
                actorId: string | null;
                actorRoles: string[];
                reason: string | null;
                details: {
                  [key: string]: unknown;
                };
                /** Format: date-time */
                at: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/banners/{id}/image': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Tải ảnh quảng cáo: JPEG, PNG hoặc WebP, trong trường `file` (multipart/form-data)
     * @description Ảnh được nhận diện từ nội dung và lưu dạng WebP, rộng tối đa 1200 px.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Banner'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/banners/{id}/pause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tạm dừng quảng cáo */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Banner'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/banners/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Chạy lại quảng cáo đã tạm dừng */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Banner'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Thêm danh mục (admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example Mật ong */
            name: string;
            /** Format: uuid */
            parentId?: string;
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CategoryNode'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/categories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Đổi tên hoặc thứ tự danh mục (admin) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CategoryNode'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/admin/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mọi khiếu nại trên sàn; `status=mediation`: hàng chờ hoà giải (province staff) */
    get: {
      parameters: {
        query?: {
          status?: 'open' | 'answered' | 'mediation' | 'closed';
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Complaint'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/complaints/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Số khiếu nại theo trạng thái; `mediation`: đang chờ Sở hoà giải (province staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              open: number;
              answered: number;
              mediation: number;
              closed: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/complaints/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sở đóng khiếu nại: hoàn tiền (toàn bộ hoặc một phần), trả hàng, hoặc bác, kèm lý do (province staff) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description refund: hoàn tiền · return: trả hàng · rejected: bác khiếu nại
             * @enum {string}
             */
            outcome: 'refund' | 'return' | 'rejected';
            reason: string;
            /** @description đồng; bỏ trống khi hoàn toàn bộ giá trị đơn (chỉ với refund) */
            refundAmount?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              /** @example QNG-7K3F2 */
              orderCode: string;
              /** @description đồng */
              orderTotal: number;
              /** Format: uuid */
              buyerId: string;
              enterprise: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              /**
               * @description not_received: chưa nhận hàng · damaged: hư hỏng · not_as_described: không đúng mô tả · wrong_item: giao nhầm hàng · other: khác
               * @enum {string}
               */
              reason: 'not_received' | 'damaged' | 'not_as_described' | 'wrong_item' | 'other';
              text: string;
              /**
               * @description open: chờ doanh nghiệp trả lời · answered: đã trả lời · mediation: Sở hoà giải · closed: đã đóng
               * @enum {string}
               */
              status: 'open' | 'answered' | 'mediation' | 'closed';
              /** Format: date-time */
              answerDueAt: string;
              answer: string | null;
              /** Format: date-time */
              answeredAt: string | null;
              /** @enum {string|null} */
              mediationBy: 'buyer' | 'seller' | 'system' | null;
              /** Format: date-time */
              mediationAt: string | null;
              /** @enum {string|null} */
              outcome: 'refund' | 'return' | 'rejected' | 'accepted' | 'withdrawn' | null;
              resolution: string | null;
              /** @description đồng, khi kết quả là hoàn tiền */
              refundAmount: number | null;
              /** @description số tiền thanh toán đã mở hoàn (0 khi đơn chưa được thanh toán) */
              refundedAmount: number | null;
              /** Format: date-time */
              closedAt: string | null;
              /** Format: date-time */
              createdAt: string;
            } & {
              /** @description ảnh kèm khiếu nại (tối đa 5) */
              photos: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                messageId: string | null;
                /** @example image/jpeg */
                contentType: string;
                sizeBytes: number;
                /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
                url: string;
              }[];
              messages: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                authorRole: 'buyer' | 'seller' | 'staff' | 'system';
                text: string;
                /** Format: date-time */
                createdAt: string;
                photos: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  messageId: string | null;
                  /** @example image/jpeg */
                  contentType: string;
                  sizeBytes: number;
                  /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
                  url: string;
                }[];
              }[];
              /** @description các thao tác người gọi được làm lúc này (theo vai trò: người mua, doanh nghiệp, cán bộ Sở) */
              allowedActions: ('answer' | 'mediation' | 'accept' | 'withdraw' | 'message' | 'close')[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/data-breaches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sổ sự cố dữ liệu cá nhân, mới nhất trước (admins) */
    get: {
      parameters: {
        query?: {
          status?: 'open' | 'notified' | 'closed';
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['DataBreach'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Ghi nhận sự cố dữ liệu cá nhân; hạn 72 giờ từ khi phát hiện để thông báo cơ quan chuyên trách */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            description: string;
            dataCategories: string;
            peopleAffected?: number;
            measures: string;
            /**
             * Format: date-time
             * @description thời điểm phát hiện: đồng hồ 72 giờ chạy từ đây
             */
            discoveredAt: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DataBreach'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/data-breaches/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một hồ sơ sự cố, với thời gian còn lại đến hạn thông báo */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DataBreach'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/data-breaches/{id}/authority-notified': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận đã thông báo cơ quan chuyên trách (số văn bản, thời điểm); dừng đồng hồ 72 giờ */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reference: string;
            /** Format: date-time */
            notifiedAt?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DataBreach'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/data-breaches/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Khép hồ sơ sự cố đã thông báo, với kết quả xử lý */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DataBreach'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/data-breaches/{id}/subjects-notified': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận đã thông báo cho những người có dữ liệu bị ảnh hưởng */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DataBreach'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/data-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hàng yêu cầu về dữ liệu cá nhân: đang mở (hạn gần nhất trước) hoặc đã trả lời (admins) */
    get: {
      parameters: {
        query?: {
          status?: 'open' | 'done' | 'rejected';
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['DataRequest'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/data-requests/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Trả lời (đã thực hiện hoặc từ chối, có lý do) một yêu cầu; người gửi nhận e-mail */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            outcome: 'done' | 'rejected';
            answer: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DataRequest'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/enterprises': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Hàng đợi xác minh doanh nghiệp, cũ nhất trước (verification queue)
     * @description Mặc định: hồ sơ chờ xác minh, nộp sớm nhất trước. `status=all` và các bộ lọc `q`, `wardCode`, `type`, `exportReady` cho danh sách mọi doanh nghiệp; `sort=name|submittedAt`, `dir=asc|desc`; phân trang keyset bằng `cursor`.
     */
    get: {
      parameters: {
        query?: {
          /** @description Mặc định: hồ sơ chờ xác minh; `all`: mọi trạng thái */
          status?: 'pending' | 'approved' | 'rejected' | 'suspended' | 'all';
          /**
           * @description Tên, ngành hàng, địa bàn (có dấu hoặc không dấu)
           * @example toi ly son
           */
          q?: string;
          wardCode?: string;
          /** @description company: công ty · cooperative: hợp tác xã · household: hộ kinh doanh · individual: cá nhân kinh doanh */
          type?: 'company' | 'cooperative' | 'household' | 'individual';
          /** @description Danh mục xuất khẩu của tỉnh */
          exportReady?: boolean;
          /** @description submittedAt: ngày nộp hồ sơ (mặc định, cũ nhất trước) · name: tên */
          sort?: 'submittedAt' | 'name';
          dir?: 'asc' | 'desc';
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Enterprise'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/enterprises/access-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nhật ký cán bộ xem dữ liệu riêng của doanh nghiệp (tài khoản ngân hàng, giấy phép, đăng ký thuế) (admin) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          /** @description Trang tiếp theo: id cuối của trang trước */
          beforeId?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                /** Format: uuid */
                viewerId: string;
                viewerRoles: string[];
                /** @example tax-return */
                subject: string;
                subjectRef: string;
                details: {
                  [key: string]: unknown;
                };
                /** Format: date-time */
                at: string;
              }[];
              nextBeforeId: number | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/enterprises/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Số doanh nghiệp theo trạng thái: việc đang chờ cán bộ Sở (counts by status) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Chờ xác minh */
              pending: number;
              approved: number;
              rejected: number;
              suspended: number;
              /** @description Đã duyệt và trong danh mục xuất khẩu */
              exportReady: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/enterprises/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Duyệt doanh nghiệp, ghi cách xác minh (approve; admin, moderator)
     * @description Ghi vào nhật ký kiểm tra (audit log) và gửi email cho chủ doanh nghiệp.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
            /**
             * @description documents: giấy tờ đã nộp (mặc định); business_registry: Cổng thông tin quốc gia về đăng ký doanh nghiệp; tax_registry: tra cứu mã số thuế; in_person: gặp trực tiếp; electronic_id: định danh điện tử (VNeID)
             * @enum {string}
             */
            method?: 'documents' | 'business_registry' | 'tax_registry' | 'in_person' | 'electronic_id';
            /**
             * @description Đã kiểm tra những gì
             * @example Đối chiếu GCN ĐKKD số 4300123456 trên dangkykinhdoanh.gov.vn
             */
            evidence?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Enterprise'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/enterprises/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nhật ký kiểm tra của một doanh nghiệp: ai, khi nào, việc gì, lý do (audit log) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          /** @description Trang tiếp theo: id cuối của trang trước */
          afterId?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                /** @example approve */
                action: string;
                actorId: string | null;
                actorRoles: string[];
                reason: string | null;
                details: {
                  [key: string]: unknown;
                };
                /** Format: date-time */
                at: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/enterprises/{id}/domain/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Xác minh tên miền riêng của gian hàng (verify own domain)
     * @description Từ đó yêu cầu có Host là tên miền này được phục vụ gian hàng của doanh nghiệp. Chủ doanh nghiệp đổi tên miền thì xác minh bị xóa. 409 `ENTERPRISES_DOMAIN_MISSING` khi chưa khai báo tên miền, `ENTERPRISES_DOMAIN_TAKEN` khi tên miền đã được xác minh cho doanh nghiệp khác.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Enterprise'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/enterprises/{id}/payouts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận khoản chi trả cho doanh nghiệp (admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount: number;
            reference: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              balance: number;
              payable: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/enterprises/{id}/reinstate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Khôi phục doanh nghiệp bị tạm ngừng (reinstate; admin, moderator)
     * @description Ghi vào nhật ký kiểm tra (audit log) và gửi email cho chủ doanh nghiệp.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Enterprise'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/enterprises/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Từ chối, kèm lý do và cách xác minh (reject; admin, moderator)
     * @description Ghi vào nhật ký kiểm tra (audit log) và gửi email cho chủ doanh nghiệp.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Lý do
             * @example Giấy chứng nhận đăng ký kinh doanh không khớp mã số thuế
             */
            reason: string;
            /**
             * @description documents: giấy tờ đã nộp (mặc định); business_registry: Cổng thông tin quốc gia về đăng ký doanh nghiệp; tax_registry: tra cứu mã số thuế; in_person: gặp trực tiếp; electronic_id: định danh điện tử (VNeID)
             * @enum {string}
             */
            method?: 'documents' | 'business_registry' | 'tax_registry' | 'in_person' | 'electronic_id';
            /**
             * @description Đã kiểm tra những gì
             * @example Đối chiếu GCN ĐKKD số 4300123456 trên dangkykinhdoanh.gov.vn
             */
            evidence?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Enterprise'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/enterprises/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tạm ngừng hoạt động, kèm lý do (suspend; admin, moderator)
     * @description Ghi vào nhật ký kiểm tra (audit log) và gửi email cho chủ doanh nghiệp.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Lý do
             * @example Giấy chứng nhận đăng ký kinh doanh không khớp mã số thuế
             */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Enterprise'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/enterprises/{id}/verifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hồ sơ xác minh người bán: cách xác minh, căn cứ, giấy tờ lúc đó, cán bộ và thời điểm (mới nhất trước) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** @example approve */
                decision: string;
                /** @example business_registry */
                method: string;
                evidence: string | null;
                documents: {
                  id: string;
                  kind: string;
                  fileName: string;
                  /** Format: date-time */
                  uploadedAt: string;
                }[];
                /** Format: uuid */
                officialId: string;
                officialRoles: string[];
                /** Format: date-time */
                decidedAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/jobs/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tác vụ nền thất bại sau mọi lần thử lại (dead letters)
     * @description Mới nhất trước; phân trang keyset bằng `cursor` (lấy từ `nextCursor`).
     */
    get: {
      parameters: {
        query?: {
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                eventId: string;
                /** @example accounts.user.registered */
                eventType: string;
                handler: string | null;
                error: string;
                attempts: number;
                /** Format: date-time */
                failedAt: string;
                payload: unknown;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/jobs/dead-letters/count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Số tác vụ nền thất bại đang chờ (count of dead letters) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              count: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/jobs/dead-letters/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Chạy lại một tác vụ thất bại (retry a dead letter) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'queued';
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/newsletter/subscribers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Người đăng ký bản tin */
    get: {
      parameters: {
        query?: {
          status?: 'pending' | 'confirmed' | 'unsubscribed';
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                email: string;
                status: string;
                tracking: boolean;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                confirmedAt: string | null;
              }[];
              nextCursor: string | null;
              counts: {
                pending: number;
                confirmed: number;
                unsubscribed: number;
              };
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mọi đơn hàng trên sàn (province staff) */
    get: {
      parameters: {
        query?: {
          status?:
            | 'pending_payment'
            | 'pending'
            | 'confirmed'
            | 'shipping'
            | 'delivered'
            | 'completed'
            | 'cancelled'
            | 'refunded';
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Order'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/orders/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Đơn hàng và GMV hôm nay (giờ Việt Nam), không tính đơn đã hủy hoặc hoàn tiền */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * Format: date-time
               * @description 0 giờ hôm nay theo giờ Việt Nam
               */
              since: string;
              orders: number;
              /** @description Tổng giá trị đơn (đồng) */
              gmv: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mọi khoản thanh toán (province staff) */
    get: {
      parameters: {
        query?: {
          status?: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
          method?: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
          /** @description only money that arrived after expiry, to send back */
          late?: boolean;
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: ({
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                method: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
                /** @enum {string} */
                status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
                amount: number;
                refundedAmount: number;
                orderIds: string[];
                /** Format: uuid */
                payeeEnterpriseId: string | null;
                vietqr?: {
                  /** @description NAPAS/EMVCo payload with CRC, to draw as a QR code */
                  payload: string;
                  /** @example 970436 */
                  bankBin: string;
                  bankName: string;
                  accountNo: string;
                  accountHolder: string;
                  /** @description đồng */
                  amount: number;
                  /** @example QNG-7K3F2 */
                  memo: string;
                  /** @description the QR code as a PNG image */
                  imageUrl: string;
                };
                redirectUrl?: string;
                clientSecret?: string;
                /** Format: date-time */
                expiresAt: string | null;
                /** Format: date-time */
                paidAt: string | null;
                /** Format: date-time */
                latePaidAt: string | null;
              } & {
                orderCodes: string[];
              })[];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payments/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Số khoản tiền đến muộn chờ hoàn lại (late payments to refund; admin) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              lateToRefund: number;
              /** @description Tổng số tiền (đồng) */
              lateToRefundAmount: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payments/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Xác nhận đã nhận chuyển khoản (staff, or the receiving enterprise) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              method: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
              /** @enum {string} */
              status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
              amount: number;
              refundedAmount: number;
              orderIds: string[];
              /** Format: uuid */
              payeeEnterpriseId: string | null;
              vietqr?: {
                /** @description NAPAS/EMVCo payload with CRC, to draw as a QR code */
                payload: string;
                /** @example 970436 */
                bankBin: string;
                bankName: string;
                accountNo: string;
                accountHolder: string;
                /** @description đồng */
                amount: number;
                /** @example QNG-7K3F2 */
                memo: string;
                /** @description the QR code as a PNG image */
                imageUrl: string;
              };
              redirectUrl?: string;
              clientSecret?: string;
              /** Format: date-time */
              expiresAt: string | null;
              /** Format: date-time */
              paidAt: string | null;
              /** Format: date-time */
              latePaidAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/payments/{id}/refund-late': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận đã hoàn tiền đến muộn (money paid after expiry, sent back by staff) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reference: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              method: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
              /** @enum {string} */
              status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
              amount: number;
              refundedAmount: number;
              orderIds: string[];
              /** Format: uuid */
              payeeEnterpriseId: string | null;
              vietqr?: {
                /** @description NAPAS/EMVCo payload with CRC, to draw as a QR code */
                payload: string;
                /** @example 970436 */
                bankBin: string;
                bankName: string;
                accountNo: string;
                accountHolder: string;
                /** @description đồng */
                amount: number;
                /** @example QNG-7K3F2 */
                memo: string;
                /** @description the QR code as a PNG image */
                imageUrl: string;
              };
              redirectUrl?: string;
              clientSecret?: string;
              /** Format: date-time */
              expiresAt: string | null;
              /** Format: date-time */
              paidAt: string | null;
              /** Format: date-time */
              latePaidAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các văn bản với số người đã đồng ý và tiến độ gửi thư thông báo (admins) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /**
                 * @description văn bản: quy chế hoạt động hoặc một chính sách
                 * @enum {string}
                 */
                slug:
                  | 'quy-che-hoat-dong'
                  | 'kiem-hang'
                  | 'doi-tra'
                  | 'giao-hang'
                  | 'thanh-toan'
                  | 'bao-mat'
                  | 'kiem-duyet-danh-gia'
                  | 'xep-hang-tim-kiem';
                title: string;
                inForce: components['schemas']['PolicyVersionSummary'];
                upcoming: components['schemas']['PolicyVersionSummary'] | null;
                /** @description số người đã đồng ý phiên bản đang áp dụng */
                acceptedCount: number;
                /** @description số người đã được gửi thư thông báo phiên bản sắp áp dụng */
                announcedCount: number;
                /** Format: date-time */
                announcementSentAt: string | null;
              }[];
              /**
               * Format: date
               * @description ngày áp dụng sớm nhất cho một phiên bản công bố hôm nay (sau 5 ngày làm việc thông báo)
               */
              earliestEffectiveFrom: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/policies/{slug}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Công bố phiên bản mới: thông báo trên sàn và qua email cho mọi người dùng, áp dụng sau ít nhất 5 ngày làm việc */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description văn bản: quy chế hoạt động hoặc một chính sách */
          slug:
            | 'quy-che-hoat-dong'
            | 'kiem-hang'
            | 'doi-tra'
            | 'giao-hang'
            | 'thanh-toan'
            | 'bao-mat'
            | 'kiem-duyet-danh-gia'
            | 'xep-hang-tim-kiem';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description nội dung tiếng Việt */
            body: string;
            /** @description bản dịch tiếng Anh (để trống: không có) */
            bodyEn?: string;
            summary: string;
            /**
             * Format: date
             * @description ngày áp dụng: ít nhất 5 ngày làm việc sau hôm nay
             */
            effectiveFrom: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PolicyVersion'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Hàng đợi duyệt sản phẩm: tin bị gắn cờ hàng cấm trước, rồi cũ nhất trước (moderation queue)
     * @description Lọc theo trạng thái, cờ từ khoá cấm, tên (không phân biệt dấu), doanh nghiệp và danh mục (cả các danh mục con); phân trang keyset.
     */
    get: {
      parameters: {
        query?: {
          status?: 'draft' | 'pending_review' | 'approved' | 'rejected' | 'hidden';
          /** @description only: chỉ tin bị gắn cờ; none: chỉ tin không bị gắn cờ */
          flagged?: 'only' | 'none';
          /**
           * @description Một phần tên, không phân biệt dấu
           * @example duong phen
           */
          q?: string;
          enterpriseId?: string;
          /** @description Danh mục và các danh mục con */
          categoryId?: string;
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Product'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/products/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Duyệt nhiều sản phẩm một lần (bulk approve), mỗi tin theo phiên bản đã xem; tin đã bị sửa, bị gắn cờ hay không còn chờ duyệt được bỏ qua, kèm mã lỗi */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /**
               * @description Phiên bản tin đăng đã xem (trường version)
               * @example 1
               */
              version: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              approved: string[];
              skipped: {
                id: string;
                /**
                 * @description Mã lỗi: CATALOG_PRODUCT_CHANGED (đã bị sửa), CATALOG_PROHIBITED_KEYWORDS, CATALOG_STATUS_CONFLICT…
                 * @example CATALOG_PRODUCT_CHANGED
                 */
                reason: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/products/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Số sản phẩm chờ duyệt, trong đó bị gắn cờ từ khóa cấm (moderation counts) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Chờ duyệt */
              pendingReview: number;
              /** @description Chờ duyệt và chứa từ khóa hàng cấm */
              flagged: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/products/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Duyệt phiên bản đã xem của sản phẩm (409 nếu người bán đã sửa); tin bị gắn cờ hàng cấm cần lý do (override) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Phiên bản tin đăng đã xem (trường version)
             * @example 1
             */
            version: number;
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Product'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/products/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nhật ký kiểm tra của một sản phẩm: ai, khi nào, việc gì, lý do */
    get: {
      parameters: {
        query?: {
          limit?: number;
          /** @description Trang tiếp theo: id cuối của trang trước */
          afterId?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                /** @example approve */
                action: string;
                actorId: string | null;
                actorRoles: string[];
                reason: string | null;
                details: {
                  [key: string]: unknown;
                };
                /** Format: date-time */
                at: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/products/{id}/key-product': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Đánh dấu (hoặc bỏ) sản phẩm chủ lực của tỉnh */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            isKeyProduct: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              isKeyProduct: boolean;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/products/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Từ chối phiên bản đã xem của sản phẩm, kèm lý do (409 nếu người bán đã sửa) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Phiên bản tin đăng đã xem (trường version)
             * @example 1
             */
            version: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Product'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/products/{id}/verify-ocop': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Xác nhận chứng nhận OCOP (huy hiệu sao chỉ hiện sau bước này) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Product'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/check-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Người đăng ký mà mã QR điểm danh (đường dẫn đã ký trong thư xác nhận) chỉ tới */
    get: {
      parameters: {
        query: {
          token: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              event: components['schemas']['TrainingEvent'];
              registration: components['schemas']['Registration'];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Ghi nhận có mặt bằng mã QR điểm danh quét ở cửa (từ 12 giờ trước khi bắt đầu đến 12 giờ sau khi kết thúc) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              event: components['schemas']['TrainingEvent'];
              registration: components['schemas']['Registration'];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mọi bài theo loại và trạng thái (ban biên tập) */
    get: {
      parameters: {
        query?: {
          kind?: 'news' | 'announcement' | 'handbook' | 'legal' | 'trade';
          state?: 'draft' | 'in_review' | 'published';
          page?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['ProgrammeContent'][];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Viết một bài mới (bản nháp); nội dung HTML được làm sạch theo danh sách thẻ cho phép */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'news' | 'announcement' | 'handbook' | 'legal' | 'trade';
            title: string;
            /** @description để trống: tạo từ tiêu đề */
            slug?: string;
            summary: string;
            bodyHtml: string;
            metaTitle?: string;
            metaDescription?: string;
            /**
             * Format: uri
             * @description http(s) only
             */
            ogImage?: string;
            chapter?: number;
            /** @example 52/2013/NĐ-CP */
            docNumber?: string;
            /** @example Chính phủ */
            issuingBody?: string;
            /**
             * Format: date
             * @example 2013-05-16
             */
            issuedOn?: string;
            /**
             * Format: date
             * @example 2013-05-16
             */
            effectiveOn?: string;
            /** @enum {string} */
            offerType?: 'buy' | 'sell';
            product?: string;
            quantity?: string;
            contact?: string;
            /**
             * Format: date
             * @example 2013-05-16
             */
            expiresOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProgrammeContent'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/content/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một bài, ở mọi trạng thái (ban biên tập) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProgrammeContent'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Sửa một bản nháp (bài đang chờ duyệt hoặc đã đăng: 409, trả về nháp trước) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'news' | 'announcement' | 'handbook' | 'legal' | 'trade';
            title: string;
            /** @description để trống: tạo từ tiêu đề */
            slug?: string;
            summary: string;
            bodyHtml: string;
            metaTitle?: string;
            metaDescription?: string;
            /**
             * Format: uri
             * @description http(s) only
             */
            ogImage?: string;
            chapter?: number;
            /** @example 52/2013/NĐ-CP */
            docNumber?: string;
            /** @example Chính phủ */
            issuingBody?: string;
            /**
             * Format: date
             * @example 2013-05-16
             */
            issuedOn?: string;
            /**
             * Format: date
             * @example 2013-05-16
             */
            effectiveOn?: string;
            /** @enum {string} */
            offerType?: 'buy' | 'sell';
            product?: string;
            quantity?: string;
            contact?: string;
            /**
             * Format: date
             * @example 2013-05-16
             */
            expiresOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProgrammeContent'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/content/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tải lên tệp PDF của văn bản pháp luật (bản nháp; multipart, trường `file`) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProgrammeContent'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/content/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Duyệt đăng ngay hoặc hẹn giờ: chờ duyệt → đã đăng. Người viết không tự duyệt bài của mình, trừ quản trị viên (403). */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date-time
             * @description hẹn giờ đăng; để trống: đăng ngay. Trang công khai so với giờ hiện tại.
             */
            publishAt?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProgrammeContent'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/content/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Trả về nháp kèm góp ý: chờ duyệt → nháp */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProgrammeContent'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/content/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gửi duyệt: nháp → chờ duyệt */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProgrammeContent'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/content/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gỡ bài đã đăng về nháp, kèm lý do */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProgrammeContent'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mọi sự kiện, mới nhất trước (cả sự kiện đã qua, để điểm danh) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TrainingEvent'][];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Đăng một khoá đào tạo, hội thảo hoặc hội chợ */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'training' | 'workshop' | 'fair';
            title: string;
            description: string;
            /** @enum {string} */
            audience: 'officials' | 'enterprises' | 'students';
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            place?: string;
            /**
             * Format: uri
             * @description http(s) only
             */
            onlineUrl?: string;
            capacity: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TrainingEvent'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/events/{id}/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Danh sách người đăng ký và điểm danh */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Registration'][];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/events/{id}/registrations/{registrationId}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Ghi nhận (hoặc bỏ) việc có mặt của một người đăng ký */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          registrationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            attended: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Registration'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/events/{id}/registrations/{registrationId}/certificate.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Giấy chứng nhận tham dự (PDF) của người đã có mặt */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          registrationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': unknown;
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/figures/{indicator}/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Ghi số liệu của một năm cho chỉ tiêu Sàn không tự đo (khảo sát, số liệu tham chiếu) (admins) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description mã chỉ tiêu */
          indicator:
            | 'aware_officials'
            | 'aware_enterprises'
            | 'trading_online'
            | 'use_email'
            | 'have_website'
            | 'sell_on_exchanges'
            | 'management_software'
            | 'cashless_retail'
            | 'electronic_channel'
            | 'students_trained'
            | 'cashless_orders'
            | 'own_domain_storefronts'
            | 'province_enterprises';
          /** @example 2026 */
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            value: number;
            /** @example Kết quả khảo sát năm 2026 của Sở Công Thương */
            source: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              indicator: string;
              year: number;
              value: number;
              source: string;
              recordedBy: string;
              /** Format: date-time */
              recordedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/periods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các giai đoạn của chương trình và chỉ tiêu của từng giai đoạn */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProgrammePeriod'][];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Thêm một giai đoạn (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example Giai đoạn 2031–2035 */
            name: string;
            /** @example 2026 */
            startYear: number;
            /** @example 2026 */
            endYear: number;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProgrammePeriod'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/periods/{id}/targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Đặt toàn bộ chỉ tiêu của một giai đoạn, cho cả giai đoạn hoặc từng năm (admins) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description thay toàn bộ chỉ tiêu của giai đoạn */
            targets: {
              /**
               * @description mã chỉ tiêu
               * @enum {string}
               */
              indicator:
                | 'aware_officials'
                | 'aware_enterprises'
                | 'trading_online'
                | 'use_email'
                | 'have_website'
                | 'sell_on_exchanges'
                | 'management_software'
                | 'cashless_retail'
                | 'electronic_channel'
                | 'students_trained'
                | 'cashless_orders'
                | 'own_domain_storefronts'
                | 'province_enterprises';
              /** @example 2026 */
              year?: number | null;
              value: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProgrammePeriod'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/questionnaire-versions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các câu hỏi của một phiên bản */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QuestionnaireVersion'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/questionnaires': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các phiếu khảo sát và phiên bản mới nhất */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Questionnaire'][];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Tạo phiếu khảo sát (phiên bản 1) (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            questions: {
              key: string;
              text: string;
              kind: 'single' | 'multiple' | 'number' | 'text';
              required: boolean;
              options?: {
                /** @description What the answer stores */
                value: string;
                label: string;
              }[];
              min?: number;
              max?: number;
              feeds?: {
                indicator: string;
                options: string[];
              };
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Questionnaire'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/questionnaires/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một phiếu khảo sát và các phiên bản */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Questionnaire'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/questionnaires/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi phiên bản mới của phiếu: đợt đang mở dùng phiên bản này từ nay, câu trả lời cũ giữ phiên bản đã trả lời (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            questions: {
              key: string;
              text: string;
              kind: 'single' | 'multiple' | 'number' | 'text';
              required: boolean;
              options?: {
                /** @description What the answer stores */
                value: string;
                label: string;
              }[];
              min?: number;
              max?: number;
              feeds?: {
                indicator: string;
                options: string[];
              };
            }[];
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Questionnaire'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/statistics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bảng theo dõi chỉ tiêu của một năm, chia theo phường/xã và ngành hàng (cán bộ Sở) */
    get: {
      parameters: {
        query: {
          /** @example 2026 */
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              year: number;
              period: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              indicators: components['schemas']['IndicatorStatistic'][];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/support-applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hồ sơ đề nghị hỗ trợ của mọi doanh nghiệp, chờ lâu nhất trước; lọc theo trạng thái, năm */
    get: {
      parameters: {
        query?: {
          status?: 'submitted' | 'needs_more_info' | 'resubmitted' | 'approved' | 'rejected' | 'paid';
          /** @example 2026 */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportApplicationSummary'][];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/support-applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một hồ sơ với tài liệu và lịch sử xử lý */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportApplication'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/support-applications/{id}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Phê duyệt: cam kết phần của từng nguồn vào kế hoạch năm; vượt kế hoạch của bất kỳ nguồn nào: 409, không thay đổi gì */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportApplication'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/support-applications/{id}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải xuống một tài liệu của hồ sơ */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/support-applications/{id}/payment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận giải ngân: số tiền (không quá phần ngân sách tỉnh và trung ương), ngày chi, số chứng từ */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description số tiền đã chi cho doanh nghiệp (đồng) */
            amount: number;
            /**
             * Format: date
             * @description ngày chi
             */
            paidOn: string;
            reference: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportApplication'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/support-applications/{id}/rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Từ chối (bắt buộc nêu lý do) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportApplication'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/support-applications/{id}/requests-for-information': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Yêu cầu doanh nghiệp bổ sung (kèm lời nhắn) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            message: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportApplication'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/support-budget': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Kinh phí hỗ trợ theo năm và nguồn: kế hoạch, đã cam kết, đã giải ngân, còn lại */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportBudgetYear'][];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/support-budget/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Đặt kế hoạch kinh phí của một năm theo nguồn (không thấp hơn số đã cam kết: 409) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example 2026 */
          year: number;
        };
        cookie?: never;
      };
      /** @description kế hoạch của năm theo nguồn (đồng) */
      requestBody: {
        content: {
          'application/json': {
            provincial: number;
            central: number;
            enterprise: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportBudgetYear'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/support-lines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mọi tuyến hỗ trợ, kể cả tuyến đã ngừng */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportLine'][];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Thêm tuyến hỗ trợ (ba phần phải cộng đúng bằng mức hỗ trợ) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example website */
            code: string;
            nameVi: string;
            nameEn: string;
            descriptionVi: string;
            descriptionEn: string;
            amount: number;
            provincialShare: number;
            centralShare: number;
            enterpriseShare: number;
            isActive: boolean;
            position: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportLine'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/support-lines/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Sửa tuyến hỗ trợ (hồ sơ đã nộp giữ mức hỗ trợ lúc nộp) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example website */
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            nameVi: string;
            nameEn: string;
            descriptionVi: string;
            descriptionEn: string;
            amount: number;
            provincialShare: number;
            centralShare: number;
            enterpriseShare: number;
            isActive: boolean;
            position: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportLine'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/survey-rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các đợt khảo sát */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyRound'][];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Mở một đợt khảo sát cho một năm và mời doanh nghiệp (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            questionnaireId: string;
            year: number;
            title: string;
            /** Format: date-time */
            closesAt: string;
            remindEveryDays?: number;
            inviteRegistered: boolean;
            invitees: {
              /** Format: email */
              email: string;
              name: string;
              wardCode?: string;
              sector?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyRound'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/survey-rounds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tiến độ và kết quả một đợt khảo sát */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyRoundResults'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/survey-rounds/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kết thúc đợt khảo sát trước hạn (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyRound'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/programme/survey-rounds/{id}/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Toàn bộ phiếu trả lời của một đợt, với phiên bản câu hỏi từng phiếu đã trả lời */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              responses: components['schemas']['SurveyResponse'][];
              versions: components['schemas']['QuestionnaireVersion'][];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/prohibited-keywords': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Từ khoá hàng cấm */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                /** @example ngà voi */
                keyword: string;
                createdAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Thêm từ khoá hàng cấm (admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            keyword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @example ngà voi */
              keyword: string;
              createdAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/prohibited-keywords/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Xoá từ khoá hàng cấm (admin) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các khoản hoàn tiền (refunds: staff see all, a seller with ?enterpriseId= its own) */
    get: {
      parameters: {
        query?: {
          status?: 'pending' | 'sending' | 'manual' | 'succeeded';
          enterpriseId?: string;
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                paymentId: string;
                /** Format: uuid */
                orderId: string;
                orderCode: string;
                method: string;
                /** @description đồng */
                amount: number;
                /**
                 * @description pending: to send through the provider; sending: being sent; manual: a person must send it; succeeded: the money went back
                 * @enum {string}
                 */
                status: 'pending' | 'sending' | 'manual' | 'succeeded';
                reason: string;
                payeeEnterpriseId: string | null;
                providerRef: string | null;
                attempts: number;
                lastError: string | null;
                /** Format: date-time */
                createdAt: string;
                completedAt: string | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/refunds/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ghi nhận đã hoàn tiền thủ công (record a refund sent by hand, with its bank or portal reference) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reference: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              paymentId: string;
              /** Format: uuid */
              orderId: string;
              orderCode: string;
              method: string;
              /** @description đồng */
              amount: number;
              /**
               * @description pending: to send through the provider; sending: being sent; manual: a person must send it; succeeded: the money went back
               * @enum {string}
               */
              status: 'pending' | 'sending' | 'manual' | 'succeeded';
              reason: string;
              payeeEnterpriseId: string | null;
              providerRef: string | null;
              attempts: number;
              lastError: string | null;
              /** Format: date-time */
              createdAt: string;
              completedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hàng đợi báo cáo vi phạm, mới nhất trước */
    get: {
      parameters: {
        query?: {
          status?: 'open' | 'dismissed' | 'actioned';
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Report'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reports/annual/listings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tin đăng bán của một năm, cho báo cáo năm gửi Bộ Công Thương */
    get: {
      parameters: {
        query: {
          /** @example 2026 */
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              year: number;
              /** @description tin đăng tạo trong năm */
              created: number;
              /** @description tin được duyệt trong năm */
              approved: number;
              /** @description tin đang bán: được duyệt trước cuối năm và vẫn đang bán */
              live: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reports/annual/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Đơn hàng và GMV của một năm, cho báo cáo năm gửi Bộ Công Thương */
    get: {
      parameters: {
        query: {
          /** @example 2026 */
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              year: number;
              /** @description đơn đặt trong năm */
              placed: number;
              /** @description trong đó đã hủy hoặc hoàn tiền */
              cancelled: number;
              /** @description đơn giao thành công trong năm */
              delivered: number;
              /** @description số người mua có đơn trong năm */
              buyers: number;
              /** @description số người bán có đơn trong năm */
              sellers: number;
              /** @description tổng giá trị đơn đặt trong năm, trừ đơn hủy và hoàn tiền (đồng) */
              gmv: number;
              /** @description khiếu nại nhận trong năm */
              complaintsReceived: number;
              /** @description khiếu nại giải quyết xong trong năm */
              complaintsResolved: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reports/annual/sellers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Người bán của một năm, cho báo cáo năm gửi Bộ Công Thương */
    get: {
      parameters: {
        query: {
          /** @example 2026 */
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              year: number;
              /** @description đăng ký trong năm */
              registered: number;
              /** @description được xác minh trong năm */
              verified: number;
              /** @description người bán đang hoạt động: xác minh trước cuối năm, nay vẫn hoạt động */
              active: number;
              /**
               * @example {
               *       "company": 3,
               *       "cooperative": 2,
               *       "household": 7
               *     }
               */
              activeByType: {
                [key: string]: number;
              };
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một báo cáo vi phạm */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Report'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reports/{id}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bác báo cáo kèm lý do (người báo cáo được báo kết quả qua email) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Lý do bác báo cáo (gửi cho người báo cáo) */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Report'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reports/{id}/remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Xử lý báo cáo: gỡ bỏ đối tượng kèm căn cứ pháp lý (báo cho người bán và người báo cáo) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Căn cứ pháp lý của việc gỡ bỏ (gửi cho người bán) */
            legalBasis: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Report'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hàng đợi kiểm duyệt đánh giá (mặc định: chờ duyệt), cũ nhất trước */
    get: {
      parameters: {
        query?: {
          status?: 'pending' | 'published' | 'rejected';
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Review'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reviews/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Số đánh giá chờ duyệt, trong đó bị gắn cờ từ khoá cấm */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              pending: number;
              flagged: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reviews/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đăng một đánh giá chờ duyệt (đánh giá bị gắn cờ từ khoá cấm cần lý do) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Bắt buộc khi đánh giá bị gắn cờ từ khoá cấm (override) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Review'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/reviews/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Từ chối một đánh giá chờ duyệt, kèm lý do người viết sẽ thấy */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Review'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/seo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Trạng thái sơ đồ trang (sitemap) và nguồn cấp sản phẩm (sitemaps and feed status) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              buildId: string | null;
              /** @description The build this one replaced */
              previousBuildId: string | null;
              builtAt: string | null;
              lastDurationMs: number | null;
              changesWaiting: number;
              /** @description A worker will rebuild at its next look (every few seconds) */
              due: boolean;
              lastError: string | null;
              lastErrorAt: string | null;
              files: {
                /** @example sitemap-products-1.xml */
                name: string;
                kind: 'sitemap' | 'feed';
                /** @description URLs (sitemap) or items (feed) */
                entries: number;
                /** @description Stored size, gzip */
                bytes: number;
                /** Format: date-time */
                lastmod: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/seo/rebuild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tạo lại sơ đồ trang và nguồn cấp ngay (rebuild the sitemaps and feed now) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              buildId: string | null;
              /** @description The build this one replaced */
              previousBuildId: string | null;
              builtAt: string | null;
              lastDurationMs: number | null;
              changesWaiting: number;
              /** @description A worker will rebuild at its next look (every few seconds) */
              due: boolean;
              lastError: string | null;
              lastErrorAt: string | null;
              files: {
                /** @example sitemap-products-1.xml */
                name: string;
                kind: 'sitemap' | 'feed';
                /** @description URLs (sitemap) or items (feed) */
                entries: number;
                /** @description Stored size, gzip */
                bytes: number;
                /** Format: date-time */
                lastmod: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/takedowns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Yêu cầu gỡ bỏ của cơ quan có thẩm quyền: đang mở (hạn gần nhất trước) hoặc đã xử lý (mới nhất trước) */
    get: {
      parameters: {
        query?: {
          status?: 'open' | 'removed' | 'closed';
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Takedown'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Ghi nhận yêu cầu gỡ bỏ (số, ngày văn bản, cơ quan, đối tượng, nội dung, căn cứ pháp lý); hạn 24 giờ từ khi nhận */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Số văn bản
             * @example 125/QLTT-PC
             */
            documentNumber: string;
            /**
             * Format: date
             * @description Ngày văn bản
             */
            documentDate: string;
            /**
             * @description Cơ quan ban hành
             * @example Cục Quản lý thị trường tỉnh Quảng Ngãi
             */
            issuer: string;
            /**
             * @description listing: tin đăng; enterprise: doanh nghiệp (gian hàng)
             * @enum {string}
             */
            targetKind: 'listing' | 'enterprise';
            /**
             * @description Địa chỉ (URL), đường dẫn rút gọn hoặc mã của tin đăng / gian hàng
             * @example https://san.quangngai.gov.vn/san-pham/toi-ly-son
             */
            target: string;
            /**
             * @description Nội dung yêu cầu
             * @example Gỡ bỏ tin đăng bán hàng giả mạo nhãn hiệu
             */
            requestedAction: string;
            /**
             * @description Căn cứ pháp lý
             * @example Khoản 3 Điều 5 Nghị định 85/2021/NĐ-CP
             */
            legalBasis: string;
            /**
             * Format: date-time
             * @description Thời điểm nhận yêu cầu (mặc định: bây giờ); không được ở tương lai
             */
            receivedAt?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Takedown'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/takedowns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một yêu cầu gỡ bỏ, với thời gian còn lại đến hạn */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Takedown'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/takedowns/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đóng yêu cầu gỡ bỏ không xử lý, kèm lý do */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Lý do đóng yêu cầu không xử lý */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Takedown'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/takedowns/{id}/remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gỡ bỏ đối tượng (ẩn tin đăng hoặc tạm ngừng doanh nghiệp) kèm căn cứ pháp lý; ghi thời điểm gỡ, nhật ký, báo cho người bán */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Căn cứ pháp lý của việc gỡ bỏ (gửi cho người bán) */
            legalBasis: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Takedown'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/tax/access-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nhật ký cán bộ xem tờ khai khấu trừ thuế và danh sách người bán (admin) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          /** @description Trang tiếp theo: id cuối của trang trước */
          beforeId?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                /** Format: uuid */
                viewerId: string;
                viewerRoles: string[];
                /** @example tax-return */
                subject: string;
                subjectRef: string;
                details: {
                  [key: string]: unknown;
                };
                /** Format: date-time */
                at: string;
              }[];
              nextBeforeId: number | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/tax/withholding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tờ khai khấu trừ thuế tháng theo Nghị định 117/2025 và danh sách người bán (admin)
     * @description Theo sổ đối soát: doanh thu nền tảng thu hộ, giảm trừ do hoàn tiền, thuế GTGT và TNCN đã khấu trừ và được hoàn, theo từng người bán; tháng tính theo giờ Việt Nam.
     */
    get: {
      parameters: {
        query: {
          /** @example 2026-11 */
          month: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              month: string;
              sellers: {
                /** Format: uuid */
                enterpriseId: string;
                name: string;
                /** @example household */
                type: string;
                taxCode: string;
                address: string;
                phone: string;
                email: string;
                /** @description số đơn nền tảng thu tiền trong tháng */
                sales: number;
                /** @description doanh thu nền tảng đã thu hộ trong tháng */
                revenue: number;
                /** @description hàng bán bị trả lại / hoàn tiền trong tháng (giảm trừ doanh thu) */
                returns: number;
                /** @description doanh thu sau giảm trừ */
                netRevenue: number;
                /** @description thuế GTGT đã khấu trừ */
                vatWithheld: number;
                /** @description thuế GTGT khấu trừ được hoàn do trả hàng */
                vatReturned: number;
                /** @description thuế GTGT khấu trừ phải nộp */
                vatNet: number;
                /** @description thuế TNCN đã khấu trừ */
                pitWithheld: number;
                /** @description thuế TNCN khấu trừ được hoàn do trả hàng */
                pitReturned: number;
                /** @description thuế TNCN khấu trừ phải nộp */
                pitNet: number;
                /** @description nền tảng khấu trừ thuế của người bán này (hộ, cá nhân kinh doanh) */
                isWithheld: boolean;
              }[];
              totals: {
                /** @description doanh thu nền tảng đã thu hộ trong tháng */
                revenue: number;
                /** @description hàng bán bị trả lại / hoàn tiền trong tháng (giảm trừ doanh thu) */
                returns: number;
                /** @description doanh thu sau giảm trừ */
                netRevenue: number;
                /** @description thuế GTGT đã khấu trừ */
                vatWithheld: number;
                /** @description thuế GTGT khấu trừ được hoàn do trả hàng */
                vatReturned: number;
                /** @description thuế GTGT khấu trừ phải nộp */
                vatNet: number;
                /** @description thuế TNCN đã khấu trừ */
                pitWithheld: number;
                /** @description thuế TNCN khấu trừ được hoàn do trả hàng */
                pitReturned: number;
                /** @description thuế TNCN khấu trừ phải nộp */
                pitNet: number;
              };
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/trust/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Việc chờ xử lý: yêu cầu gỡ bỏ đang mở (và số đã quá 24 giờ), báo cáo vi phạm chờ xử lý */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              openTakedowns: number;
              /** @description Đang mở và đã quá 24 giờ kể từ khi nhận */
              overdueTakedowns: number;
              openReports: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tìm tài khoản (find accounts: staff, buyers and sellers)
     * @description Mới nhất trước, phân trang bằng `cursor`. `q` tìm trong họ tên (không phân biệt dấu, hoa thường) và email; `role=staff` là quản trị viên và kiểm duyệt viên, `role=consumer` là mọi người khác.
     */
    get: {
      parameters: {
        query?: {
          /**
           * @description Một phần họ tên (không cần dấu) hoặc email (part of the name, diacritics optional, or of the e-mail)
           * @example nguyen van
           */
          q?: string;
          /** @description staff: admins, moderators and editors; consumer: everyone else (buyers, sellers) */
          role?: 'staff' | 'admin' | 'moderator' | 'editor' | 'consumer';
          status?: 'active' | 'disabled';
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /**
                 * Format: email
                 * @example nguyenvana@example.vn
                 */
                email: string;
                /** @example Nguyễn Văn A */
                fullName: string;
                /** @example 0912345678 */
                phone: string | null;
                /**
                 * @example [
                 *       "consumer"
                 *     ]
                 */
                roles: string[];
                emailVerified: boolean;
                /** Format: date-time */
                createdAt: string;
                /**
                 * @description the strongest of the roles: admin, moderator, editor (ban biên tập), or consumer
                 * @enum {string}
                 */
                role: 'consumer' | 'editor' | 'moderator' | 'admin';
                /**
                 * Format: date-time
                 * @description set when an admin disabled the account
                 */
                disabledAt: string | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Tạo tài khoản cán bộ (create a staff account)
     * @description Tạo tài khoản quản trị viên hoặc kiểm duyệt viên và gửi thư có liên kết đặt mật khẩu (`<PUBLIC_URL>/dat-lai-mat-khau?token=…`, như liên kết đặt lại mật khẩu). Email đã có tài khoản: 409 — hãy đổi vai trò của tài khoản đó.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: email
             * @example canbo@soct.quangngai.gov.vn
             */
            email: string;
            /** @example Lê Thị Hoa */
            fullName: string;
            /** @enum {string} */
            role: 'admin' | 'moderator';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /**
               * Format: email
               * @example nguyenvana@example.vn
               */
              email: string;
              /** @example Nguyễn Văn A */
              fullName: string;
              /** @example 0912345678 */
              phone: string | null;
              /**
               * @example [
               *       "consumer"
               *     ]
               */
              roles: string[];
              emailVerified: boolean;
              /** Format: date-time */
              createdAt: string;
              /**
               * @description the strongest of the roles: admin, moderator, editor (ban biên tập), or consumer
               * @enum {string}
               */
              role: 'consumer' | 'editor' | 'moderator' | 'admin';
              /**
               * Format: date-time
               * @description set when an admin disabled the account
               */
              disabledAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một tài khoản (one account) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /**
               * Format: email
               * @example nguyenvana@example.vn
               */
              email: string;
              /** @example Nguyễn Văn A */
              fullName: string;
              /** @example 0912345678 */
              phone: string | null;
              /**
               * @example [
               *       "consumer"
               *     ]
               */
              roles: string[];
              emailVerified: boolean;
              /** Format: date-time */
              createdAt: string;
              /**
               * @description the strongest of the roles: admin, moderator, editor (ban biên tập), or consumer
               * @enum {string}
               */
              role: 'consumer' | 'editor' | 'moderator' | 'admin';
              /**
               * Format: date-time
               * @description set when an admin disabled the account
               */
              disabledAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Đổi vai trò, khóa hoặc mở khóa tài khoản (change role, disable, enable)
     * @description Tài khoản bị khóa không đăng nhập được và mọi refresh token của nó hết hiệu lực (access token đã cấp còn tối đa 15 phút). Quản trị viên không thể tự khóa hay tự hạ quyền mình (409), và sàn luôn còn ít nhất một quản trị viên đang hoạt động (409).
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            role?: 'consumer' | 'editor' | 'moderator' | 'admin';
            disabled?: boolean;
            /** @description kept in the audit log */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /**
               * Format: email
               * @example nguyenvana@example.vn
               */
              email: string;
              /** @example Nguyễn Văn A */
              fullName: string;
              /** @example 0912345678 */
              phone: string | null;
              /**
               * @example [
               *       "consumer"
               *     ]
               */
              roles: string[];
              emailVerified: boolean;
              /** Format: date-time */
              createdAt: string;
              /**
               * @description the strongest of the roles: admin, moderator, editor (ban biên tập), or consumer
               * @enum {string}
               */
              role: 'consumer' | 'editor' | 'moderator' | 'admin';
              /**
               * Format: date-time
               * @description set when an admin disabled the account
               */
              disabledAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/admin/users/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nhật ký thay đổi của một tài khoản (the account’s audit trail, oldest first) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          /** @description Trang tiếp theo: id cuối của trang trước */
          afterId?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                /** @example approve */
                action: string;
                actorId: string | null;
                actorRoles: string[];
                reason: string | null;
                details: {
                  [key: string]: unknown;
                };
                /** Format: date-time */
                at: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/webhooks/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nhật ký gửi webhook, mới nhất trước */
    get: {
      parameters: {
        query?: {
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
          endpointId?: string;
          status?: 'pending' | 'delivered' | 'failed' | 'withheld';
          partnerId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                endpointId: string;
                /** Format: uuid */
                partnerId: string;
                /**
                 * Format: uuid
                 * @description The webhook’s id (`webhook-id` header, `id` in the body); the same on every retry
                 */
                eventId: string;
                eventType: string;
                /** @enum {string} */
                status: 'pending' | 'delivered' | 'failed' | 'withheld';
                attempts: number;
                replays: number;
                /** Format: date-time */
                nextAttemptAt: string | null;
                lastStatusCode: number | null;
                lastError: string | null;
                /** Format: date-time */
                deliveredAt: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/webhooks/deliveries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một lần gửi webhook với các lần thử */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              endpointId: string;
              /** Format: uuid */
              partnerId: string;
              /**
               * Format: uuid
               * @description The webhook’s id (`webhook-id` header, `id` in the body); the same on every retry
               */
              eventId: string;
              eventType: string;
              /** @enum {string} */
              status: 'pending' | 'delivered' | 'failed' | 'withheld';
              attempts: number;
              replays: number;
              /** Format: date-time */
              nextAttemptAt: string | null;
              lastStatusCode: number | null;
              lastError: string | null;
              /** Format: date-time */
              deliveredAt: string | null;
              /** Format: date-time */
              createdAt: string;
            } & {
              /** @description The JSON body as sent: `{id, type, createdAt, data}` */
              body: string;
              attemptLog: {
                attempt: number;
                /** @enum {string} */
                trigger: 'schedule' | 'replay';
                /** Format: date-time */
                startedAt: string;
                durationMs: number;
                statusCode: number | null;
                error: string | null;
                responseExcerpt: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/webhooks/deliveries/{id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gửi lại một webhook ngay (replay) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              endpointId: string;
              /** Format: uuid */
              partnerId: string;
              /**
               * Format: uuid
               * @description The webhook’s id (`webhook-id` header, `id` in the body); the same on every retry
               */
              eventId: string;
              eventType: string;
              /** @enum {string} */
              status: 'pending' | 'delivered' | 'failed' | 'withheld';
              attempts: number;
              replays: number;
              /** Format: date-time */
              nextAttemptAt: string | null;
              lastStatusCode: number | null;
              lastError: string | null;
              /** Format: date-time */
              deliveredAt: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/webhooks/endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Địa chỉ nhận webhook của các đối tác */
    get: {
      parameters: {
        query?: {
          partnerId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                partnerId: string;
                url: string;
                description: string | null;
                eventTypes: (
                  | 'product.published'
                  | 'product.unpublished'
                  | 'enterprise.approved'
                  | 'enterprise.suspended'
                  | 'order.created'
                  | 'order.updated'
                )[];
                /** @enum {string} */
                status: 'enabled' | 'disabled';
                /** @description `failing` (by itself), `staff` or `partner` */
                disabledReason: string | null;
                /** Format: date-time */
                disabledAt: string | null;
                consecutiveFailures: number;
                /** Format: date-time */
                failingSince: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Đăng ký địa chỉ nhận webhook cho một đối tác (the secret is shown only here) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            partnerId: string;
            /**
             * @description https; never a private, loopback or link-local address (checked again before every delivery)
             * @example https://doitac.example.vn/webhooks/tradeqn
             */
            url: string;
            /** @description `product.published`, `product.unpublished` (scope `catalog:read`); `enterprise.approved`, `enterprise.suspended` (`enterprises:read`); `order.created`, `order.updated` of orders the partner placed (`orders:write`) */
            eventTypes: (
              | 'product.published'
              | 'product.unpublished'
              | 'enterprise.approved'
              | 'enterprise.suspended'
              | 'order.created'
              | 'order.updated'
            )[];
            description?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              partnerId: string;
              url: string;
              description: string | null;
              eventTypes: (
                | 'product.published'
                | 'product.unpublished'
                | 'enterprise.approved'
                | 'enterprise.suspended'
                | 'order.created'
                | 'order.updated'
              )[];
              /** @enum {string} */
              status: 'enabled' | 'disabled';
              /** @description `failing` (by itself), `staff` or `partner` */
              disabledReason: string | null;
              /** Format: date-time */
              disabledAt: string | null;
              consecutiveFailures: number;
              /** Format: date-time */
              failingSince: string | null;
              /** Format: date-time */
              createdAt: string;
            } & {
              /** @description The signing secret (`whsec_…`), shown in this answer only: keep it */
              secret: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/webhooks/endpoints/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tắt địa chỉ nhận webhook */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              partnerId: string;
              url: string;
              description: string | null;
              eventTypes: (
                | 'product.published'
                | 'product.unpublished'
                | 'enterprise.approved'
                | 'enterprise.suspended'
                | 'order.created'
                | 'order.updated'
              )[];
              /** @enum {string} */
              status: 'enabled' | 'disabled';
              /** @description `failing` (by itself), `staff` or `partner` */
              disabledReason: string | null;
              /** Format: date-time */
              disabledAt: string | null;
              consecutiveFailures: number;
              /** Format: date-time */
              failingSince: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/webhooks/endpoints/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bật lại địa chỉ nhận webhook */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              partnerId: string;
              url: string;
              description: string | null;
              eventTypes: (
                | 'product.published'
                | 'product.unpublished'
                | 'enterprise.approved'
                | 'enterprise.suspended'
                | 'order.created'
                | 'order.updated'
              )[];
              /** @enum {string} */
              status: 'enabled' | 'disabled';
              /** @description `failing` (by itself), `staff` or `partner` */
              disabledReason: string | null;
              /** Format: date-time */
              disabledAt: string | null;
              consecutiveFailures: number;
              /** Format: date-time */
              failingSince: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Đăng nhập (sign in)
     * @description Giới hạn số lần thử theo địa chỉ IP, và số lần sai mật khẩu theo tài khoản và địa chỉ (rate-limited per IP; wrong passwords limited per account and address). Tài khoản đã bật xác thực hai lớp nhận 202 với `challengeToken`: gửi nó cùng mã tới POST /auth/login/two-factor (accounts with two-factor on get a 202 and a challenge token for the code step).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: email
             * @example nguyenvana@example.vn
             */
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description JWT; gửi trong header Authorization: Bearer */
              accessToken: string;
              /** @description Dùng một lần với /auth/refresh */
              refreshToken: string;
              /** @enum {string} */
              tokenType: 'Bearer';
              /**
               * @description Số giây accessToken còn hiệu lực
               * @example 900
               */
              expiresIn: number;
              user: components['schemas']['User'];
            };
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              twoFactorRequired: true;
              /** @description Gửi kèm mã tới /auth/login/two-factor */
              challengeToken: string;
              /**
               * @description Số giây còn hiệu lực
               * @example 300
               */
              expiresIn: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login/two-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Bước hai của đăng nhập: mã xác thực (two-factor sign-in step)
     * @description Mã 6 chữ số từ ứng dụng (mỗi mã chỉ dùng một lần) hoặc một mã khôi phục. Sai quá 10 lần trong 15 phút thì tài khoản bị tạm chặn bước này (429).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Từ câu trả lời 202 của /auth/login */
            challengeToken: string;
            /**
             * @description Mã 6 chữ số từ ứng dụng xác thực, hoặc một mã khôi phục
             * @example 123456
             */
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description JWT; gửi trong header Authorization: Bearer */
              accessToken: string;
              /** @description Dùng một lần với /auth/refresh */
              refreshToken: string;
              /** @enum {string} */
              tokenType: 'Bearer';
              /**
               * @description Số giây accessToken còn hiệu lực
               * @example 900
               */
              expiresIn: number;
              user: components['schemas']['User'];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Đăng xuất (sign out)
     * @description Thu hồi phiên đăng nhập: theo access token (header Authorization) hoặc theo refresh token trong thân yêu cầu.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            refreshToken?: string;
          };
        };
      };
      responses: {
        /** @description Đã đăng xuất */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password/change': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Đổi mật khẩu khi đã đăng nhập (change password)
     * @description Cần mật khẩu hiện tại. Các phiên đăng nhập khác của người đó kết thúc (access token đã cấp còn hiệu lực tối đa 15 phút); phiên đang dùng vẫn giữ.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            /** @description Ít nhất 8 ký tự, khác địa chỉ email */
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Đã đổi mật khẩu */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password/forgot': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Quên mật khẩu: gửi liên kết đặt lại (forgot password)
     * @description Luôn trả lời 202, dù email có tài khoản hay không. Nếu có, thư chứa liên kết `<PUBLIC_URL>/dat-lai-mat-khau?token=…` có hiệu lực 1 giờ và chỉ dùng được một lần. Giới hạn theo địa chỉ IP (10 lần một giờ, quá thì 429) và theo email (3 thư một giờ; quá thì vẫn 202 nhưng không gửi thêm).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: email
             * @example nguyenvana@example.vn
             */
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              status: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Đặt mật khẩu mới bằng liên kết trong thư (reset password)
     * @description Đặt mật khẩu mới, kết thúc mọi phiên đăng nhập của người đó (access token đã cấp còn hiệu lực tối đa 15 phút) và trả về một phiên mới; tài khoản đã bật xác thực hai lớp nhận 202 với `challengeToken` cho bước nhập mã (POST /auth/login/two-factor). Liên kết hết hạn, đã dùng, hoặc sai: 400.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Mã trong liên kết đặt lại mật khẩu */
            token: string;
            /** @description Ít nhất 8 ký tự, khác địa chỉ email */
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description JWT; gửi trong header Authorization: Bearer */
              accessToken: string;
              /** @description Dùng một lần với /auth/refresh */
              refreshToken: string;
              /** @enum {string} */
              tokenType: 'Bearer';
              /**
               * @description Số giây accessToken còn hiệu lực
               * @example 900
               */
              expiresIn: number;
              user: components['schemas']['User'];
            };
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              twoFactorRequired: true;
              /** @description Gửi kèm mã tới /auth/login/two-factor */
              challengeToken: string;
              /**
               * @description Số giây còn hiệu lực
               * @example 300
               */
              expiresIn: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Đổi refresh token lấy cặp token mới (rotate tokens)
     * @description Mỗi refresh token chỉ dùng được một lần; dùng lại sẽ thu hồi cả phiên đăng nhập.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            refreshToken: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description JWT; gửi trong header Authorization: Bearer */
              accessToken: string;
              /** @description Dùng một lần với /auth/refresh */
              refreshToken: string;
              /** @enum {string} */
              tokenType: 'Bearer';
              /**
               * @description Số giây accessToken còn hiệu lực
               * @example 900
               */
              expiresIn: number;
              user: components['schemas']['User'];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Đăng ký tài khoản (register)
     * @description Tạo tài khoản và gửi thư xác nhận email chứa liên kết `<PUBLIC_URL>/verify-email?token=…`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: email
             * @example nguyenvana@example.vn
             */
            email: string;
            /**
             * @description Ít nhất 8 ký tự, khác địa chỉ email
             * @example Mật-khẩu-2026
             */
            password: string;
            /** @example Nguyễn Văn A */
            fullName: string;
            /**
             * @description Số điện thoại Việt Nam
             * @example 0912345678
             */
            phone?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: components['schemas']['User'];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/resend-verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gửi lại thư xác nhận email (resend the verification e-mail) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              status: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/verify-email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Xác nhận email bằng mã trong thư (verify e-mail) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Mã trong liên kết xác nhận */
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: components['schemas']['User'];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/banks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ngân hàng nhận chuyển khoản VietQR (NAPAS 247) và mã BIN */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @example 970436 */
              bin: string;
              /** @example VCB */
              code: string;
              /** @example Vietcombank */
              shortName: string;
              /** @example Ngân hàng TMCP Ngoại thương Việt Nam */
              name: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/banner-slots/{slot}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Quảng cáo cho một vị trí: rút ngẫu nhiên theo trọng số trong các quảng cáo đang chạy (public)
     * @description Không quá số quảng cáo vị trí cho phép (`allowance`). Hiển thị ảnh bằng `imageUrl` (mỗi lần tải ảnh là một lượt hiển thị) và liên kết bằng `clickUrl`, kèm nhãn "Quảng cáo".
     */
    get: {
      parameters: {
        query?: {
          /** @description Ít hơn số vị trí cho phép, nếu cần */
          limit?: number;
        };
        header?: never;
        path: {
          /**
           * @description home_top (đầu trang chủ), category_side (cạnh trang danh mục), search_results (sản phẩm tài trợ trong kết quả tìm kiếm), product_page (trang sản phẩm)
           * @example home_top
           */
          slot: 'home_top' | 'category_side' | 'search_results' | 'product_page';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description home_top (đầu trang chủ), category_side (cạnh trang danh mục), search_results (sản phẩm tài trợ trong kết quả tìm kiếm), product_page (trang sản phẩm)
               * @example home_top
               * @enum {string}
               */
              slot: 'home_top' | 'category_side' | 'search_results' | 'product_page';
              /** @description Số quảng cáo tối đa vị trí này hiện trên một trang */
              allowance: number;
              items: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @description /r/b/{id}/i: đếm một lượt hiển thị rồi chuyển tới ảnh */
                imageUrl: string;
                width: number;
                height: number;
                /** @description /r/b/{id}: đếm lượt nhấp rồi chuyển tới đích của chính quảng cáo */
                clickUrl: string;
                /** @description Đích ở ngoài sàn: liên kết mang rel="sponsored noopener" */
                external: boolean;
                enterprise: {
                  id: string;
                  name: string;
                  slug: string;
                } | null;
                product: {
                  id: string;
                  slug: string;
                  name: string;
                  /** @description đồng */
                  price: number;
                  unit: string;
                  seller: {
                    id: string;
                    name: string;
                    slug: string;
                  };
                } | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/banners/{id}/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thống kê theo ngày (lượt hiển thị, lượt nhấp, tỉ lệ nhấp) của một quảng cáo: cán bộ và doanh nghiệp được quảng cáo */
    get: {
      parameters: {
        query?: {
          /** @description Ngày đầu (giờ Việt Nam), mặc định 29 ngày trước `to` */
          from?: string;
          /** @description Ngày cuối, mặc định hôm nay */
          to?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              banner: components['schemas']['Banner'];
              /** Format: date */
              from: string;
              /** Format: date */
              to: string;
              days: {
                /** Format: date */
                day: string;
                impressions: number;
                clicks: number;
                /** @description Tỉ lệ nhấp = clicks / impressions (0 khi chưa có lượt hiển thị) */
                ctr: number;
              }[];
              totals: {
                impressions: number;
                clicks: number;
                /** @description Tỉ lệ nhấp = clicks / impressions (0 khi chưa có lượt hiển thị) */
                ctr: number;
              };
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Chiến dịch e-mail: bản tin của Sở (không có enterpriseId) hoặc của một doanh nghiệp */
    get: {
      parameters: {
        query?: {
          enterpriseId?: string;
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                enterpriseId: string | null;
                subject: string;
                body: string;
                /**
                 * @example draft
                 * @example scheduled
                 * @example sending
                 * @example sent
                 * @example cancelled
                 */
                status: string;
                /** Format: date-time */
                scheduledAt: string | null;
                /** Format: date-time */
                startedAt: string | null;
                /** Format: date-time */
                finishedAt: string | null;
                recipientCount: number;
                /** Format: date-time */
                createdAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Soạn chiến dịch (bản nháp) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            enterpriseId?: string | null;
            /** @example Tỏi Lý Sơn vụ mới đã về */
            subject: string;
            /** @description Đoạn văn cách nhau một dòng trống; `## ` là tiêu đề, `- ` là một dòng danh sách; địa chỉ https://… thành liên kết. */
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              enterpriseId: string | null;
              subject: string;
              body: string;
              /**
               * @example draft
               * @example scheduled
               * @example sending
               * @example sent
               * @example cancelled
               */
              status: string;
              /** Format: date-time */
              scheduledAt: string | null;
              /** Format: date-time */
              startedAt: string | null;
              /** Format: date-time */
              finishedAt: string | null;
              recipientCount: number;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một chiến dịch và trạng thái từng người nhận (đếm theo trạng thái) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              enterpriseId: string | null;
              subject: string;
              body: string;
              /**
               * @example draft
               * @example scheduled
               * @example sending
               * @example sent
               * @example cancelled
               */
              status: string;
              /** Format: date-time */
              scheduledAt: string | null;
              /** Format: date-time */
              startedAt: string | null;
              /** Format: date-time */
              finishedAt: string | null;
              recipientCount: number;
              /** Format: date-time */
              createdAt: string;
            } & {
              counts: {
                queued: number;
                sending: number;
                sent: number;
                bounced: number;
                failed: number;
                unsubscribed: number;
                /** @description Người nhận đồng ý theo dõi mở thư, bấm liên kết */
                tracked: number;
                opened: number;
                clicked: number;
              };
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Sửa chiến dịch chưa gửi */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example Tỏi Lý Sơn vụ mới đã về */
            subject?: string;
            /** @description Đoạn văn cách nhau một dòng trống; `## ` là tiêu đề, `- ` là một dòng danh sách; địa chỉ https://… thành liên kết. */
            body?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              enterpriseId: string | null;
              subject: string;
              body: string;
              /**
               * @example draft
               * @example scheduled
               * @example sending
               * @example sent
               * @example cancelled
               */
              status: string;
              /** Format: date-time */
              scheduledAt: string | null;
              /** Format: date-time */
              startedAt: string | null;
              /** Format: date-time */
              finishedAt: string | null;
              recipientCount: number;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/campaigns/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hủy chiến dịch chưa gửi */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              enterpriseId: string | null;
              subject: string;
              body: string;
              /**
               * @example draft
               * @example scheduled
               * @example sending
               * @example sent
               * @example cancelled
               */
              status: string;
              /** Format: date-time */
              scheduledAt: string | null;
              /** Format: date-time */
              startedAt: string | null;
              /** Format: date-time */
              finishedAt: string | null;
              recipientCount: number;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Xem trước thư (HTML và văn bản) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              subject: string;
              html: string;
              text: string;
              bodyHtml: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hẹn giờ gửi (hoặc gửi ngay khi không có `at`) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            at?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              enterpriseId: string | null;
              subject: string;
              body: string;
              /**
               * @example draft
               * @example scheduled
               * @example sending
               * @example sent
               * @example cancelled
               */
              status: string;
              /** Format: date-time */
              scheduledAt: string | null;
              /** Format: date-time */
              startedAt: string | null;
              /** Format: date-time */
              finishedAt: string | null;
              recipientCount: number;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/test-send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gửi thử đến chính mình */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sentTo: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Giỏ hàng */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                productId: string;
                quantity: number;
                /** @description false when the product is no longer on sale */
                isAvailable: boolean;
                name?: string;
                slug?: string;
                unit?: string;
                image?: string | null;
                enterpriseId?: string;
                unitPrice?: number;
                lineTotal?: number;
                stock?: number;
                minOrderQty?: number;
              }[];
              subtotal: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Xoá giỏ hàng */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                productId: string;
                quantity: number;
                /** @description false when the product is no longer on sale */
                isAvailable: boolean;
                name?: string;
                slug?: string;
                unit?: string;
                image?: string | null;
                enterpriseId?: string;
                unitPrice?: number;
                lineTotal?: number;
                stock?: number;
                minOrderQty?: number;
              }[];
              subtotal: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cart/items/{productId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Đặt số lượng một sản phẩm trong giỏ */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          productId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            quantity: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                productId: string;
                quantity: number;
                /** @description false when the product is no longer on sale */
                isAvailable: boolean;
                name?: string;
                slug?: string;
                unit?: string;
                image?: string | null;
                enterpriseId?: string;
                unitPrice?: number;
                lineTotal?: number;
                stock?: number;
                minOrderQty?: number;
              }[];
              subtotal: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Bỏ một sản phẩm khỏi giỏ */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          productId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                productId: string;
                quantity: number;
                /** @description false when the product is no longer on sale */
                isAvailable: boolean;
                name?: string;
                slug?: string;
                unit?: string;
                image?: string | null;
                enterpriseId?: string;
                unitPrice?: number;
                lineTotal?: number;
                stock?: number;
                minOrderQty?: number;
              }[];
              subtotal: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cây danh mục sản phẩm (category tree) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CategoryNode'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Khiếu nại của tôi, hoặc của doanh nghiệp (`enterpriseId`, members) */
    get: {
      parameters: {
        query?: {
          enterpriseId?: string;
          status?: 'open' | 'answered' | 'mediation' | 'closed';
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Complaint'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Chi tiết khiếu nại, ảnh và trao đổi (người mua, doanh nghiệp bán, cán bộ Sở) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              /** @example QNG-7K3F2 */
              orderCode: string;
              /** @description đồng */
              orderTotal: number;
              /** Format: uuid */
              buyerId: string;
              enterprise: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              /**
               * @description not_received: chưa nhận hàng · damaged: hư hỏng · not_as_described: không đúng mô tả · wrong_item: giao nhầm hàng · other: khác
               * @enum {string}
               */
              reason: 'not_received' | 'damaged' | 'not_as_described' | 'wrong_item' | 'other';
              text: string;
              /**
               * @description open: chờ doanh nghiệp trả lời · answered: đã trả lời · mediation: Sở hoà giải · closed: đã đóng
               * @enum {string}
               */
              status: 'open' | 'answered' | 'mediation' | 'closed';
              /** Format: date-time */
              answerDueAt: string;
              answer: string | null;
              /** Format: date-time */
              answeredAt: string | null;
              /** @enum {string|null} */
              mediationBy: 'buyer' | 'seller' | 'system' | null;
              /** Format: date-time */
              mediationAt: string | null;
              /** @enum {string|null} */
              outcome: 'refund' | 'return' | 'rejected' | 'accepted' | 'withdrawn' | null;
              resolution: string | null;
              /** @description đồng, khi kết quả là hoàn tiền */
              refundAmount: number | null;
              /** @description số tiền thanh toán đã mở hoàn (0 khi đơn chưa được thanh toán) */
              refundedAmount: number | null;
              /** Format: date-time */
              closedAt: string | null;
              /** Format: date-time */
              createdAt: string;
            } & {
              /** @description ảnh kèm khiếu nại (tối đa 5) */
              photos: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                messageId: string | null;
                /** @example image/jpeg */
                contentType: string;
                sizeBytes: number;
                /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
                url: string;
              }[];
              messages: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                authorRole: 'buyer' | 'seller' | 'staff' | 'system';
                text: string;
                /** Format: date-time */
                createdAt: string;
                photos: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  messageId: string | null;
                  /** @example image/jpeg */
                  contentType: string;
                  sizeBytes: number;
                  /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
                  url: string;
                }[];
              }[];
              /** @description các thao tác người gọi được làm lúc này (theo vai trò: người mua, doanh nghiệp, cán bộ Sở) */
              allowedActions: ('answer' | 'mediation' | 'accept' | 'withdraw' | 'message' | 'close')[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Người mua đồng ý với trả lời của doanh nghiệp: khiếu nại đóng */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              /** @example QNG-7K3F2 */
              orderCode: string;
              /** @description đồng */
              orderTotal: number;
              /** Format: uuid */
              buyerId: string;
              enterprise: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              /**
               * @description not_received: chưa nhận hàng · damaged: hư hỏng · not_as_described: không đúng mô tả · wrong_item: giao nhầm hàng · other: khác
               * @enum {string}
               */
              reason: 'not_received' | 'damaged' | 'not_as_described' | 'wrong_item' | 'other';
              text: string;
              /**
               * @description open: chờ doanh nghiệp trả lời · answered: đã trả lời · mediation: Sở hoà giải · closed: đã đóng
               * @enum {string}
               */
              status: 'open' | 'answered' | 'mediation' | 'closed';
              /** Format: date-time */
              answerDueAt: string;
              answer: string | null;
              /** Format: date-time */
              answeredAt: string | null;
              /** @enum {string|null} */
              mediationBy: 'buyer' | 'seller' | 'system' | null;
              /** Format: date-time */
              mediationAt: string | null;
              /** @enum {string|null} */
              outcome: 'refund' | 'return' | 'rejected' | 'accepted' | 'withdrawn' | null;
              resolution: string | null;
              /** @description đồng, khi kết quả là hoàn tiền */
              refundAmount: number | null;
              /** @description số tiền thanh toán đã mở hoàn (0 khi đơn chưa được thanh toán) */
              refundedAmount: number | null;
              /** Format: date-time */
              closedAt: string | null;
              /** Format: date-time */
              createdAt: string;
            } & {
              /** @description ảnh kèm khiếu nại (tối đa 5) */
              photos: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                messageId: string | null;
                /** @example image/jpeg */
                contentType: string;
                sizeBytes: number;
                /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
                url: string;
              }[];
              messages: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                authorRole: 'buyer' | 'seller' | 'staff' | 'system';
                text: string;
                /** Format: date-time */
                createdAt: string;
                photos: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  messageId: string | null;
                  /** @example image/jpeg */
                  contentType: string;
                  sizeBytes: number;
                  /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
                  url: string;
                }[];
              }[];
              /** @description các thao tác người gọi được làm lúc này (theo vai trò: người mua, doanh nghiệp, cán bộ Sở) */
              allowedActions: ('answer' | 'mediation' | 'accept' | 'withdraw' | 'message' | 'close')[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Doanh nghiệp trả lời khiếu nại (trước hạn trả lời) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              /** @example QNG-7K3F2 */
              orderCode: string;
              /** @description đồng */
              orderTotal: number;
              /** Format: uuid */
              buyerId: string;
              enterprise: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              /**
               * @description not_received: chưa nhận hàng · damaged: hư hỏng · not_as_described: không đúng mô tả · wrong_item: giao nhầm hàng · other: khác
               * @enum {string}
               */
              reason: 'not_received' | 'damaged' | 'not_as_described' | 'wrong_item' | 'other';
              text: string;
              /**
               * @description open: chờ doanh nghiệp trả lời · answered: đã trả lời · mediation: Sở hoà giải · closed: đã đóng
               * @enum {string}
               */
              status: 'open' | 'answered' | 'mediation' | 'closed';
              /** Format: date-time */
              answerDueAt: string;
              answer: string | null;
              /** Format: date-time */
              answeredAt: string | null;
              /** @enum {string|null} */
              mediationBy: 'buyer' | 'seller' | 'system' | null;
              /** Format: date-time */
              mediationAt: string | null;
              /** @enum {string|null} */
              outcome: 'refund' | 'return' | 'rejected' | 'accepted' | 'withdrawn' | null;
              resolution: string | null;
              /** @description đồng, khi kết quả là hoàn tiền */
              refundAmount: number | null;
              /** @description số tiền thanh toán đã mở hoàn (0 khi đơn chưa được thanh toán) */
              refundedAmount: number | null;
              /** Format: date-time */
              closedAt: string | null;
              /** Format: date-time */
              createdAt: string;
            } & {
              /** @description ảnh kèm khiếu nại (tối đa 5) */
              photos: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                messageId: string | null;
                /** @example image/jpeg */
                contentType: string;
                sizeBytes: number;
                /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
                url: string;
              }[];
              messages: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                authorRole: 'buyer' | 'seller' | 'staff' | 'system';
                text: string;
                /** Format: date-time */
                createdAt: string;
                photos: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  messageId: string | null;
                  /** @example image/jpeg */
                  contentType: string;
                  sizeBytes: number;
                  /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
                  url: string;
                }[];
              }[];
              /** @description các thao tác người gọi được làm lúc này (theo vai trò: người mua, doanh nghiệp, cán bộ Sở) */
              allowedActions: ('answer' | 'mediation' | 'accept' | 'withdraw' | 'message' | 'close')[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/mediation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đề nghị Sở Công Thương hoà giải (người mua hoặc doanh nghiệp) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              /** @example QNG-7K3F2 */
              orderCode: string;
              /** @description đồng */
              orderTotal: number;
              /** Format: uuid */
              buyerId: string;
              enterprise: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              /**
               * @description not_received: chưa nhận hàng · damaged: hư hỏng · not_as_described: không đúng mô tả · wrong_item: giao nhầm hàng · other: khác
               * @enum {string}
               */
              reason: 'not_received' | 'damaged' | 'not_as_described' | 'wrong_item' | 'other';
              text: string;
              /**
               * @description open: chờ doanh nghiệp trả lời · answered: đã trả lời · mediation: Sở hoà giải · closed: đã đóng
               * @enum {string}
               */
              status: 'open' | 'answered' | 'mediation' | 'closed';
              /** Format: date-time */
              answerDueAt: string;
              answer: string | null;
              /** Format: date-time */
              answeredAt: string | null;
              /** @enum {string|null} */
              mediationBy: 'buyer' | 'seller' | 'system' | null;
              /** Format: date-time */
              mediationAt: string | null;
              /** @enum {string|null} */
              outcome: 'refund' | 'return' | 'rejected' | 'accepted' | 'withdrawn' | null;
              resolution: string | null;
              /** @description đồng, khi kết quả là hoàn tiền */
              refundAmount: number | null;
              /** @description số tiền thanh toán đã mở hoàn (0 khi đơn chưa được thanh toán) */
              refundedAmount: number | null;
              /** Format: date-time */
              closedAt: string | null;
              /** Format: date-time */
              createdAt: string;
            } & {
              /** @description ảnh kèm khiếu nại (tối đa 5) */
              photos: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                messageId: string | null;
                /** @example image/jpeg */
                contentType: string;
                sizeBytes: number;
                /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
                url: string;
              }[];
              messages: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                authorRole: 'buyer' | 'seller' | 'staff' | 'system';
                text: string;
                /** Format: date-time */
                createdAt: string;
                photos: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  messageId: string | null;
                  /** @example image/jpeg */
                  contentType: string;
                  sizeBytes: number;
                  /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
                  url: string;
                }[];
              }[];
              /** @description các thao tác người gọi được làm lúc này (theo vai trò: người mua, doanh nghiệp, cán bộ Sở) */
              allowedActions: ('answer' | 'mediation' | 'accept' | 'withdraw' | 'message' | 'close')[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Viết vào trao đổi của khiếu nại (người mua, doanh nghiệp, cán bộ Sở); ảnh gửi kèm qua /photos?messageId= */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              authorRole: 'buyer' | 'seller' | 'staff' | 'system';
              text: string;
              /** Format: date-time */
              createdAt: string;
              photos: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                messageId: string | null;
                /** @example image/jpeg */
                contentType: string;
                sizeBytes: number;
                /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
                url: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/photos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Thêm ảnh (JPEG, PNG, WebP) vào khiếu nại (người mua, tối đa 5) hoặc vào một tin nhắn của mình (tối đa 5)
     * @description Gửi một ảnh trong trường `file` (multipart/form-data). Loại tệp được nhận diện từ nội dung.
     */
    post: {
      parameters: {
        query?: {
          messageId?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              messageId: string | null;
              /** @example image/jpeg */
              contentType: string;
              sizeBytes: number;
              /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
              url: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/photos/{photoId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một ảnh của khiếu nại (người mua, doanh nghiệp bán, cán bộ Sở) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          photoId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Người mua rút khiếu nại: khiếu nại đóng */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              /** @example QNG-7K3F2 */
              orderCode: string;
              /** @description đồng */
              orderTotal: number;
              /** Format: uuid */
              buyerId: string;
              enterprise: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              /**
               * @description not_received: chưa nhận hàng · damaged: hư hỏng · not_as_described: không đúng mô tả · wrong_item: giao nhầm hàng · other: khác
               * @enum {string}
               */
              reason: 'not_received' | 'damaged' | 'not_as_described' | 'wrong_item' | 'other';
              text: string;
              /**
               * @description open: chờ doanh nghiệp trả lời · answered: đã trả lời · mediation: Sở hoà giải · closed: đã đóng
               * @enum {string}
               */
              status: 'open' | 'answered' | 'mediation' | 'closed';
              /** Format: date-time */
              answerDueAt: string;
              answer: string | null;
              /** Format: date-time */
              answeredAt: string | null;
              /** @enum {string|null} */
              mediationBy: 'buyer' | 'seller' | 'system' | null;
              /** Format: date-time */
              mediationAt: string | null;
              /** @enum {string|null} */
              outcome: 'refund' | 'return' | 'rejected' | 'accepted' | 'withdrawn' | null;
              resolution: string | null;
              /** @description đồng, khi kết quả là hoàn tiền */
              refundAmount: number | null;
              /** @description số tiền thanh toán đã mở hoàn (0 khi đơn chưa được thanh toán) */
              refundedAmount: number | null;
              /** Format: date-time */
              closedAt: string | null;
              /** Format: date-time */
              createdAt: string;
            } & {
              /** @description ảnh kèm khiếu nại (tối đa 5) */
              photos: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                messageId: string | null;
                /** @example image/jpeg */
                contentType: string;
                sizeBytes: number;
                /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
                url: string;
              }[];
              messages: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                authorRole: 'buyer' | 'seller' | 'staff' | 'system';
                text: string;
                /** Format: date-time */
                createdAt: string;
                photos: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  messageId: string | null;
                  /** @example image/jpeg */
                  contentType: string;
                  sizeBytes: number;
                  /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
                  url: string;
                }[];
              }[];
              /** @description các thao tác người gọi được làm lúc này (theo vai trò: người mua, doanh nghiệp, cán bộ Sở) */
              allowedActions: ('answer' | 'mediation' | 'accept' | 'withdraw' | 'message' | 'close')[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Danh bạ doanh nghiệp đã được xác minh (directory)
     * @description `q` không phân biệt dấu và hoa thường: `toi ly son` tìm thấy `Tỏi Lý Sơn`.
     */
    get: {
      parameters: {
        query?: {
          /**
           * @description Tìm theo tên, ngành hàng, địa bàn (có dấu hoặc không dấu)
           * @example toi ly son
           */
          q?: string;
          wardCode?: string;
          /** @example nông sản */
          sector?: string;
          /** @description company: công ty · cooperative: hợp tác xã · household: hộ kinh doanh · individual: cá nhân kinh doanh */
          type?: 'company' | 'cooperative' | 'household' | 'individual';
          exportReady?: boolean;
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Enterprise'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Đăng ký doanh nghiệp (register an enterprise)
     * @description Người đăng ký (đã xác nhận email) trở thành chủ sở hữu; hồ sơ ở trạng thái `pending` chờ Sở Công Thương xác minh. Mã số thuế kiểm tra chữ số kiểm tra; địa chỉ theo đơn vị hành chính từ 1/7/2025.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Tên pháp lý
             * @example Hợp tác xã Tỏi Lý Sơn
             */
            name: string;
            /**
             * @description Mã số thuế: 10 chữ số, hoặc 13 với hậu tố chi nhánh -XXX (bắt buộc, trừ cá nhân kinh doanh)
             * @example 4300123456
             */
            taxCode?: string;
            /**
             * @description Cá nhân kinh doanh: số định danh cá nhân (CCCD) 12 chữ số, cũng là mã số thuế cá nhân; được mã hoá khi lưu và không công khai
             * @example 051185001234
             */
            citizenId?: string;
            /**
             * @description company: công ty · cooperative: hợp tác xã · household: hộ kinh doanh · individual: cá nhân kinh doanh
             * @enum {string}
             */
            type: 'company' | 'cooperative' | 'household' | 'individual';
            /**
             * @description Người đại diện theo pháp luật
             * @example Nguyễn Văn Tỏi
             */
            representative: string;
            /**
             * @description Số điện thoại Việt Nam
             * @example 0255 3867 123
             */
            phone: string;
            /**
             * Format: email
             * @example lienhe@toilyson.vn
             */
            email: string;
            address: {
              /**
               * @description Mã tỉnh/thành (GET /api/v1/geo/provinces)
               * @example 51
               */
              provinceCode: string;
              /**
               * @description Mã phường/xã/đặc khu thuộc tỉnh đó
               * @example 21548
               */
              wardCode: string;
              /**
               * @description Số nhà, đường, thôn/xóm
               * @example Thôn Đông, An Vĩnh
               */
              street: string;
            };
            /**
             * @description Số giấy chứng nhận đăng ký kinh doanh
             * @example 4300123456
             */
            businessRegNumber?: string;
            /**
             * Format: date
             * @description Ngày cấp giấy chứng nhận đăng ký kinh doanh
             * @example 2019-06-01
             */
            businessRegDate?: string;
            /**
             * @description Nơi cấp
             * @example Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi
             */
            businessRegPlace?: string;
            /** @description Ngành hàng */
            sectors?: string[];
            /** @example Tỏi cô đơn trồng trên cát biển Lý Sơn */
            description?: string;
            /** @description Giới thiệu gian hàng */
            introduction?: string;
            /** @example https://toilyson.vn */
            website?: string;
            /**
             * @description Tên miền riêng của gian hàng
             * @example toilyson.vn
             */
            customDomain?: string;
            licence?: {
              /**
               * @description Số giấy phép (hàng hóa cần giấy phép)
               * @example 12/2024/GP-ATTP
               */
              number: string;
              /**
               * Format: date
               * @description Ngày cấp
               * @example 2024-03-15
               */
              date: string;
              /**
               * @description Nơi cấp
               * @example Sở Y tế tỉnh Quảng Ngãi
               */
              issuer: string;
            };
            location?: {
              /** @example 15.38 */
              latitude: number;
              /** @example 109.12 */
              longitude: number;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Enterprise'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/by-domain/{host}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Gian hàng theo tên miền riêng đã xác minh (storefront by own domain)
     * @description Doanh nghiệp đã duyệt có tên miền riêng được cán bộ Sở xác minh; tên miền chưa xác minh hoặc doanh nghiệp bị tạm ngừng: 404. Không phân biệt hoa thường, bỏ qua cổng và `www.`.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example toilyson.vn */
          host: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Enterprise'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{idOrSlug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Hồ sơ gian hàng (public profile)
     * @description Công khai với doanh nghiệp đã duyệt, kèm thông tin định danh người bán theo luật. Thành viên và cán bộ Sở xem được cả hồ sơ chờ duyệt/bị từ chối, tài khoản ngân hàng và giấy phép. Doanh nghiệp bị tạm ngừng: 410 `ENTERPRISES_GONE` với người ngoài.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          idOrSlug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Enterprise'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Sửa hồ sơ doanh nghiệp (owner, admin)
     * @description Đổi tên pháp lý, mã số thuế hoặc địa chỉ của doanh nghiệp đã duyệt sẽ đưa hồ sơ về `pending` để xác minh lại; mọi phiên bản được lưu trong lịch sử.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Tên pháp lý
             * @example Hợp tác xã Tỏi Lý Sơn
             */
            name?: string;
            /**
             * @description Mã số thuế: 10 chữ số, hoặc 13 với hậu tố chi nhánh -XXX (bắt buộc, trừ cá nhân kinh doanh)
             * @example 4300123456
             */
            taxCode?: string;
            /**
             * @description Cá nhân kinh doanh: số định danh cá nhân (CCCD) 12 chữ số, cũng là mã số thuế cá nhân; được mã hoá khi lưu và không công khai
             * @example 051185001234
             */
            citizenId?: string;
            /**
             * @description company: công ty · cooperative: hợp tác xã · household: hộ kinh doanh · individual: cá nhân kinh doanh
             * @enum {string}
             */
            type?: 'company' | 'cooperative' | 'household' | 'individual';
            /**
             * @description Người đại diện theo pháp luật
             * @example Nguyễn Văn Tỏi
             */
            representative?: string;
            /**
             * @description Số điện thoại Việt Nam
             * @example 0255 3867 123
             */
            phone?: string;
            /**
             * Format: email
             * @example lienhe@toilyson.vn
             */
            email?: string;
            address?: {
              /**
               * @description Mã tỉnh/thành (GET /api/v1/geo/provinces)
               * @example 51
               */
              provinceCode: string;
              /**
               * @description Mã phường/xã/đặc khu thuộc tỉnh đó
               * @example 21548
               */
              wardCode: string;
              /**
               * @description Số nhà, đường, thôn/xóm
               * @example Thôn Đông, An Vĩnh
               */
              street: string;
            };
            /**
             * @description Số giấy chứng nhận đăng ký kinh doanh
             * @example 4300123456
             */
            businessRegNumber?: string;
            /**
             * Format: date
             * @description Ngày cấp giấy chứng nhận đăng ký kinh doanh
             * @example 2019-06-01
             */
            businessRegDate?: string;
            /**
             * @description Nơi cấp
             * @example Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi
             */
            businessRegPlace?: string;
            /** @description Ngành hàng */
            sectors?: string[];
            /** @example Tỏi cô đơn trồng trên cát biển Lý Sơn */
            description?: string;
            /** @description Giới thiệu gian hàng */
            introduction?: string;
            /** @example https://toilyson.vn */
            website?: string;
            /**
             * @description Tên miền riêng của gian hàng
             * @example toilyson.vn
             */
            customDomain?: string;
            licence?: {
              /**
               * @description Số giấy phép (hàng hóa cần giấy phép)
               * @example 12/2024/GP-ATTP
               */
              number: string;
              /**
               * Format: date
               * @description Ngày cấp
               * @example 2024-03-15
               */
              date: string;
              /**
               * @description Nơi cấp
               * @example Sở Y tế tỉnh Quảng Ngãi
               */
              issuer: string;
            };
            location?: {
              /** @example 15.38 */
              latitude: number;
              /** @example 109.12 */
              longitude: number;
            };
            /** @description Danh mục xuất khẩu của tỉnh (chỉ cán bộ Sở) */
            isExportReady?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Enterprise'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/enterprises/{id}/bank-account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Tài khoản nhận chuyển khoản VietQR (owner)
     * @description Chỉ thành viên và cán bộ Sở xem được; dùng để tạo mã VietQR khi người mua chọn chuyển khoản.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Mã BIN của ngân hàng (GET /api/v1/banks)
             * @example 970436
             */
            bankBin: string;
            /** @example 0123456789 */
            accountNo: string;
            /** @example HOP TAC XA TOI LY SON */
            accountHolder: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Enterprise'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/banners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Quảng cáo đang quảng bá doanh nghiệp này (thành viên doanh nghiệp, cán bộ) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Banner'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/cover': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Tải ảnh bìa gian hàng (JPEG, PNG, WebP)
     * @description Gửi một tệp trong trường `file` (multipart/form-data). Loại tệp được nhận diện từ nội dung.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Enterprise'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Giấy tờ đã tải lên (members, province staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'business_licence' | 'product_licence' | 'food_safety' | 'other';
                /** @example giay-chung-nhan-dkkd.pdf */
                fileName: string;
                /** @example application/pdf */
                contentType: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Tải giấy tờ xác minh: PDF, JPEG hoặc PNG (members)
     * @description Gửi một tệp trong trường `file` (multipart/form-data). Loại tệp được nhận diện từ nội dung.
     */
    post: {
      parameters: {
        query?: {
          /** @description business_licence: giấy chứng nhận ĐKKD · product_licence: giấy phép hàng hoá · food_safety: ATTP · other */
          kind?: 'business_licence' | 'product_licence' | 'food_safety' | 'other';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'business_licence' | 'product_licence' | 'food_safety' | 'other';
              /** @example giay-chung-nhan-dkkd.pdf */
              fileName: string;
              /** @example application/pdf */
              contentType: string;
              sizeBytes: number;
              /** Format: date-time */
              uploadedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/documents/{documentId}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải xuống một giấy tờ (members, province staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/follow': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tôi có theo dõi doanh nghiệp này không */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              enterpriseId: string;
              following: boolean;
              news: boolean;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Theo dõi doanh nghiệp; `news` = đồng ý nhận tin của doanh nghiệp qua e-mail */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            news: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              enterpriseId: string;
              following: boolean;
              news: boolean;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Bỏ theo dõi doanh nghiệp */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              enterpriseId: string;
              following: boolean;
              news: boolean;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/followers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Người theo dõi doanh nghiệp (thành viên doanh nghiệp, cán bộ Sở) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                userId: string;
                fullName: string;
                /** @description Chỉ của người đồng ý nhận tin */
                email: string | null;
                news: boolean;
                /** Format: date-time */
                followedAt: string;
              }[];
              nextCursor: string | null;
              total: number;
              /** @description Đồng ý nhận tin qua e-mail */
              optedIn: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lịch sử hồ sơ: mọi phiên bản (members, staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                version: number;
                changedBy: string;
                /** Format: date-time */
                changedAt: string;
                snapshot: {
                  [key: string]: unknown;
                };
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lời mời đang chờ (owner) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                email: string;
                /** @enum {string} */
                role: 'owner' | 'staff';
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                expiresAt: string;
                /** @description Thư mời đã được gửi đi */
                isSent: boolean;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Mời nhân viên qua email (owner)
     * @description Gửi thư mời có liên kết `<PUBLIC_URL>/invitations/accept?token=…`, hiệu lực 7 ngày; người được mời chấp nhận khi đã đăng nhập bằng đúng email đó.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: email
             * @example nhanvien@toilyson.vn
             */
            email: string;
            /** @enum {string} */
            role?: 'owner' | 'staff';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              email: string;
              /** @enum {string} */
              role: 'owner' | 'staff';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              expiresAt: string;
              /** @description Thư mời đã được gửi đi */
              isSent: boolean;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/invitations/{invitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Huỷ lời mời (owner) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          invitationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sổ đối soát của doanh nghiệp theo tháng (members, staff) */
    get: {
      parameters: {
        query?: {
          month?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              enterpriseId: string;
              month: string;
              balance: number;
              /** @description what may be paid out now: delivered orders, less payouts */
              payable: number;
              openingBalance: number;
              closingBalance: number;
              entries: {
                id: string;
                kind: string;
                amount: number;
                orderId: string | null;
                orderCode: string | null;
                note: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/logo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Tải logo gian hàng (JPEG, PNG, WebP)
     * @description Gửi một tệp trong trường `file` (multipart/form-data). Loại tệp được nhận diện từ nội dung.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Enterprise'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thành viên của doanh nghiệp (members, staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                userId: string;
                /** @example nhanvien@toilyson.vn */
                email: string;
                /** @example Trần Thị Bán Hàng */
                fullName: string;
                /** @enum {string} */
                role: 'owner' | 'staff';
                /** Format: date-time */
                joinedAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Xoá thành viên (owner), hoặc tự rời doanh nghiệp
     * @description Không thể xoá chủ sở hữu cuối cùng.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /**
     * Đổi vai trò thành viên (owner)
     * @description Doanh nghiệp luôn phải còn ít nhất một chủ sở hữu.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            role: 'owner' | 'staff';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              userId: string;
              /** @example nhanvien@toilyson.vn */
              email: string;
              /** @example Trần Thị Bán Hàng */
              fullName: string;
              /** @enum {string} */
              role: 'owner' | 'staff';
              /** Format: date-time */
              joinedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/enterprises/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Các khoản thanh toán trả thẳng cho doanh nghiệp (COD, chuyển khoản) để đối soát (members, staff)
     * @description Ví dụ `?status=pending&method=bank_transfer`: các khoản chuyển khoản đang chờ doanh nghiệp xác nhận.
     */
    get: {
      parameters: {
        query?: {
          status?: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
          method?: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
          /** @description only money that arrived after expiry, to send back */
          late?: boolean;
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: ({
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                method: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
                /** @enum {string} */
                status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
                amount: number;
                refundedAmount: number;
                orderIds: string[];
                /** Format: uuid */
                payeeEnterpriseId: string | null;
                vietqr?: {
                  /** @description NAPAS/EMVCo payload with CRC, to draw as a QR code */
                  payload: string;
                  /** @example 970436 */
                  bankBin: string;
                  bankName: string;
                  accountNo: string;
                  accountHolder: string;
                  /** @description đồng */
                  amount: number;
                  /** @example QNG-7K3F2 */
                  memo: string;
                  /** @description the QR code as a PNG image */
                  imageUrl: string;
                };
                redirectUrl?: string;
                clientSecret?: string;
                /** Format: date-time */
                expiresAt: string | null;
                /** Format: date-time */
                paidAt: string | null;
                /** Format: date-time */
                latePaidAt: string | null;
              } & {
                orderCodes: string[];
              })[];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/payments/{paymentId}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Doanh nghiệp xác nhận đã nhận chuyển khoản của người mua (members; idempotent)
     * @description Chỉ khoản chuyển khoản trả cho chính doanh nghiệp này. Xác nhận lại một khoản đã xác nhận trả về khoản đó (200); khoản đã hết hạn hoặc hoàn tiền: 409.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          paymentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              method: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
              /** @enum {string} */
              status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
              amount: number;
              refundedAmount: number;
              orderIds: string[];
              /** Format: uuid */
              payeeEnterpriseId: string | null;
              vietqr?: {
                /** @description NAPAS/EMVCo payload with CRC, to draw as a QR code */
                payload: string;
                /** @example 970436 */
                bankBin: string;
                bankName: string;
                accountNo: string;
                accountHolder: string;
                /** @description đồng */
                amount: number;
                /** @example QNG-7K3F2 */
                memo: string;
                /** @description the QR code as a PNG image */
                imageUrl: string;
              };
              redirectUrl?: string;
              clientSecret?: string;
              /** Format: date-time */
              expiresAt: string | null;
              /** Format: date-time */
              paidAt: string | null;
              /** Format: date-time */
              latePaidAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/product-imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các lần nhập gần đây của doanh nghiệp (members, staff) */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                enterpriseId: string;
                /**
                 * @description checked → queued → running → finished
                 * @example running
                 */
                status: string;
                /** @description Sản phẩm tạo ra được gửi duyệt ngay (pending_review) thay vì lưu nháp (draft) */
                submit: boolean;
                fileName: string | null;
                /** @description Số dòng trong file */
                total: number;
                /** @description Dòng hợp lệ khi kiểm tra */
                valid: number;
                /** @description Dòng bị từ chối khi kiểm tra (không nhập) */
                invalid: number;
                /** @description Dòng hợp lệ đã xử lý (created + failed) */
                done: number;
                created: number;
                /** @description Dòng hợp lệ mà dịch vụ sản phẩm từ chối khi tạo */
                failed: number;
                /** Format: date-time */
                createdAt: string;
                startedAt: string | null;
                finishedAt: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Nhập sản phẩm hàng loạt từ Excel (members of an approved enterprise)
     * @description Gửi file `.xlsx` (multipart, trường `file`; theo file mẫu `GET /product-imports/template.xlsx`) hoặc JSON `{ rows: [...] }` (mỗi dòng là các trường của POST /products, không có enterpriseId).
     *
     *     Mỗi dòng được kiểm tra đúng như POST /products. `dryRun=true`: trả kết quả từng dòng, không lưu gì.
     *
     *     Mặc định: lưu lần nhập và bắt đầu tạo các dòng hợp lệ ở nền (202, theo dõi bằng GET); `start=false`: chỉ lưu kết quả kiểm tra (201, status `checked`), bắt đầu bằng POST …/start.
     *
     *     Sản phẩm tạo ra là bản nháp (`draft`) để thêm ảnh trước khi gửi duyệt, trừ khi `submit=true`.
     */
    post: {
      parameters: {
        query?: {
          /** @description true: chỉ kiểm tra từng dòng, không lưu gì */
          dryRun?: boolean;
          /** @description false: lưu kết quả kiểm tra (status checked) để bắt đầu sau */
          start?: boolean;
          /** @description true: gửi duyệt ngay các sản phẩm tạo ra */
          submit?: boolean;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              total: number;
              valid: number;
              invalid: number;
              rows: {
                /** @description Số dòng trong Excel (dòng tiêu đề là 1); với JSON: thứ tự từ 1 */
                row: number;
                name: string;
                ok: boolean;
                errors: {
                  /**
                   * @description Cột / trường: name, category, price, unit, stock, wholesaleTiers… hoặc _row
                   * @example price
                   */
                  field: string;
                  /**
                   * @description required, not_number, not_whole, too_small, too_large, too_long, not_allowed, invalid, unknown_category, ambiguous_category, bad_tiers, tiers, bad_date, date_order, hoặc mã lỗi của POST /products
                   * @example too_small
                   */
                  code: string;
                  /** @example must be >= 0 */
                  message: string;
                }[];
              }[];
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              enterpriseId: string;
              /**
               * @description checked → queued → running → finished
               * @example running
               */
              status: string;
              /** @description Sản phẩm tạo ra được gửi duyệt ngay (pending_review) thay vì lưu nháp (draft) */
              submit: boolean;
              fileName: string | null;
              /** @description Số dòng trong file */
              total: number;
              /** @description Dòng hợp lệ khi kiểm tra */
              valid: number;
              /** @description Dòng bị từ chối khi kiểm tra (không nhập) */
              invalid: number;
              /** @description Dòng hợp lệ đã xử lý (created + failed) */
              done: number;
              created: number;
              /** @description Dòng hợp lệ mà dịch vụ sản phẩm từ chối khi tạo */
              failed: number;
              /** Format: date-time */
              createdAt: string;
              startedAt: string | null;
              finishedAt: string | null;
            };
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              enterpriseId: string;
              /**
               * @description checked → queued → running → finished
               * @example running
               */
              status: string;
              /** @description Sản phẩm tạo ra được gửi duyệt ngay (pending_review) thay vì lưu nháp (draft) */
              submit: boolean;
              fileName: string | null;
              /** @description Số dòng trong file */
              total: number;
              /** @description Dòng hợp lệ khi kiểm tra */
              valid: number;
              /** @description Dòng bị từ chối khi kiểm tra (không nhập) */
              invalid: number;
              /** @description Dòng hợp lệ đã xử lý (created + failed) */
              done: number;
              created: number;
              /** @description Dòng hợp lệ mà dịch vụ sản phẩm từ chối khi tạo */
              failed: number;
              /** Format: date-time */
              createdAt: string;
              startedAt: string | null;
              finishedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/product-imports/{importId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tiến độ và kết quả từng dòng của một lần nhập (members, staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          importId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              enterpriseId: string;
              /**
               * @description checked → queued → running → finished
               * @example running
               */
              status: string;
              /** @description Sản phẩm tạo ra được gửi duyệt ngay (pending_review) thay vì lưu nháp (draft) */
              submit: boolean;
              fileName: string | null;
              /** @description Số dòng trong file */
              total: number;
              /** @description Dòng hợp lệ khi kiểm tra */
              valid: number;
              /** @description Dòng bị từ chối khi kiểm tra (không nhập) */
              invalid: number;
              /** @description Dòng hợp lệ đã xử lý (created + failed) */
              done: number;
              created: number;
              /** @description Dòng hợp lệ mà dịch vụ sản phẩm từ chối khi tạo */
              failed: number;
              /** Format: date-time */
              createdAt: string;
              startedAt: string | null;
              finishedAt: string | null;
              rows: {
                /** @description Số dòng trong Excel (dòng tiêu đề là 1); với JSON: thứ tự từ 1 */
                row: number;
                name: string;
                ok: boolean;
                errors: {
                  /**
                   * @description Cột / trường: name, category, price, unit, stock, wholesaleTiers… hoặc _row
                   * @example price
                   */
                  field: string;
                  /**
                   * @description required, not_number, not_whole, too_small, too_large, too_long, not_allowed, invalid, unknown_category, ambiguous_category, bad_tiers, tiers, bad_date, date_order, hoặc mã lỗi của POST /products
                   * @example too_small
                   */
                  code: string;
                  /** @example must be >= 0 */
                  message: string;
                }[];
                /** @description invalid, pending, creating, created, failed */
                state: string;
                productId: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/product-imports/{importId}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Bắt đầu một lần nhập đã kiểm tra (status checked)
     * @description Gọi lại khi đã bắt đầu thì không làm gì thêm và trả 200 với tình trạng hiện tại.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          importId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              enterpriseId: string;
              /**
               * @description checked → queued → running → finished
               * @example running
               */
              status: string;
              /** @description Sản phẩm tạo ra được gửi duyệt ngay (pending_review) thay vì lưu nháp (draft) */
              submit: boolean;
              fileName: string | null;
              /** @description Số dòng trong file */
              total: number;
              /** @description Dòng hợp lệ khi kiểm tra */
              valid: number;
              /** @description Dòng bị từ chối khi kiểm tra (không nhập) */
              invalid: number;
              /** @description Dòng hợp lệ đã xử lý (created + failed) */
              done: number;
              created: number;
              /** @description Dòng hợp lệ mà dịch vụ sản phẩm từ chối khi tạo */
              failed: number;
              /** Format: date-time */
              createdAt: string;
              startedAt: string | null;
              finishedAt: string | null;
            };
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              enterpriseId: string;
              /**
               * @description checked → queued → running → finished
               * @example running
               */
              status: string;
              /** @description Sản phẩm tạo ra được gửi duyệt ngay (pending_review) thay vì lưu nháp (draft) */
              submit: boolean;
              fileName: string | null;
              /** @description Số dòng trong file */
              total: number;
              /** @description Dòng hợp lệ khi kiểm tra */
              valid: number;
              /** @description Dòng bị từ chối khi kiểm tra (không nhập) */
              invalid: number;
              /** @description Dòng hợp lệ đã xử lý (created + failed) */
              done: number;
              created: number;
              /** @description Dòng hợp lệ mà dịch vụ sản phẩm từ chối khi tạo */
              failed: number;
              /** Format: date-time */
              createdAt: string;
              startedAt: string | null;
              finishedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Sản phẩm của một doanh nghiệp, mọi trạng thái (members, staff)
     * @description Không có `limit`, `cursor`, `q` hay `sort`: mọi sản phẩm, cũ nhất trước (như trước đây). Có một trong số đó: một trang theo `sort` (mặc định `newest`), `q` tìm một phần tên không phân biệt dấu và hoa thường (`duong phen` → Đường phèn), `nextCursor` cho trang sau, và `counts`: số sản phẩm theo từng trạng thái.
     */
    get: {
      parameters: {
        query?: {
          status?: 'draft' | 'pending_review' | 'approved' | 'rejected' | 'hidden';
          /** @example duong phen */
          q?: string;
          /** @description Mặc định newest */
          sort?: 'newest' | 'oldest' | 'name_asc' | 'name_desc' | 'price_asc' | 'price_desc' | 'stock_asc' | 'stock_desc';
          /** @description Số mục mỗi trang (1–100); 20 khi phân trang */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Product'][];
              nextCursor: string | null;
              /** @description Số sản phẩm theo trạng thái (mọi trạng thái có) */
              counts?: {
                [key: string]: number;
              };
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/products.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Xuất mọi sản phẩm của doanh nghiệp ra Excel (members, staff)
     * @description Cùng các cột với file mẫu (thêm Trạng thái và Mã sản phẩm ở cuối): file xuất có thể nhập lại.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/quotes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Báo giá doanh nghiệp đã gửi, kèm yêu cầu và trạng thái (members, staff) */
    get: {
      parameters: {
        query?: {
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: ({
                /** Format: uuid */
                id: string;
                rfqId: string;
                enterpriseId: string;
                productId: string | null;
                unitPrice: number;
                quantity: number;
                total: number;
                message: string;
                /** Format: date-time */
                validUntil: string;
                /**
                 * @example open
                 * @example expired
                 * @example accepted
                 */
                status: string;
                /** Format: date-time */
                createdAt: string;
              } & {
                rfq: {
                  id: string;
                  title: string;
                  unit: string;
                  status: string;
                };
              })[];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/resubmit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Gửi lại hồ sơ bị từ chối để xét duyệt (resubmit; owner)
     * @description Hồ sơ `rejected` về lại `pending` như hiện có (thường sau khi tải giấy tờ mới), không cần sửa tên, mã số thuế hay địa chỉ. Ghi vào nhật ký kiểm tra. 409 `ENTERPRISES_STATUS_CONFLICT` khi hồ sơ không ở trạng thái bị từ chối.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Enterprise'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Đánh giá đã đăng về sản phẩm của doanh nghiệp, mới nhất trước (members, staff) */
    get: {
      parameters: {
        query?: {
          /** @description no: chỉ đánh giá chưa trả lời */
          answered?: 'yes' | 'no';
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Review'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/shipping-rule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Phí giao hàng của doanh nghiệp (flat fee, free from an amount)
     * @description Công khai với doanh nghiệp đã duyệt; thành viên và cán bộ Sở đọc được ở mọi trạng thái (chưa đặt thì là mức mặc định).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description đồng an order */
              flatFee: number;
              /** @description free delivery from this subtotal */
              freeFrom: number | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Đặt phí giao hàng (owner/staff of the enterprise, admin) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description đồng an order */
            flatFee: number;
            /** @description free delivery from this subtotal */
            freeFrom: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description đồng an order */
              flatFee: number;
              /** @description free delivery from this subtotal */
              freeFrom: number | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/statements/{month}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bảng kê tháng (CSV), e.g. /statements/2026-11.csv */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          month: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string;
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/support-applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hồ sơ đề nghị hỗ trợ của doanh nghiệp (thành viên) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportApplicationSummary'][];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Nộp hồ sơ đề nghị hỗ trợ: lineCode, year, description và tài liệu (doanh nghiệp đã xác minh)
     * @description Gửi dạng multipart/form-data: các trường văn bản và tối đa 5 tài liệu (PDF, JPEG, PNG; mỗi tệp tối đa 5 MB) trong trường `file`. Loại tệp được nhận diện từ nội dung.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportApplication'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/support-applications/{applicationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một hồ sơ với tài liệu và lịch sử xử lý */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          applicationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportApplication'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/support-applications/{applicationId}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Trả lời yêu cầu bổ sung (message và tài liệu nếu có): hồ sơ trở lại chờ xem xét
     * @description Gửi dạng multipart/form-data: các trường văn bản và tối đa 5 tài liệu (PDF, JPEG, PNG; mỗi tệp tối đa 5 MB) trong trường `file`. Loại tệp được nhận diện từ nội dung. Không kèm tài liệu: JSON `{ "message": "…" }`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          applicationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportApplication'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/support-applications/{applicationId}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tải xuống một tài liệu của hồ sơ */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          applicationId: string;
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các đợt khảo sát đang mở mà doanh nghiệp trả lời được */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': (components['schemas']['SurveyRound'] & {
              hasAnswered: boolean;
            })[];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/surveys/{roundId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Phiếu khảo sát của một đợt và câu trả lời của doanh nghiệp */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          roundId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyForm'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/enterprises/{id}/surveys/{roundId}/response': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Doanh nghiệp trả lời (hoặc sửa câu trả lời khi đợt còn mở) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          roundId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            versionId: string;
            answers: {
              [key: string]: string | number | string[];
            };
            wardCode?: string;
            sector?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyResponse'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/geo/provinces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 34 tỉnh, thành phố (từ 1/7/2025) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @example 51 */
              code: string;
              /** @example Quảng Ngãi */
              name: string;
              /** @example Tỉnh Quảng Ngãi */
              fullName: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/geo/provinces/{code}/wards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Phường, xã, đặc khu của một tỉnh (không còn cấp huyện) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example 51 */
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @example 51 */
              code: string;
              /** @example Quảng Ngãi */
              name: string;
              /** @example Tỉnh Quảng Ngãi */
              fullName: string;
            }[];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Chấp nhận lời mời tham gia doanh nghiệp (accept an invitation) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              enterpriseId: string;
              /** @enum {string} */
              role: 'owner' | 'staff';
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/key-products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sản phẩm chủ lực của tỉnh đang bán trên Sàn, theo tên */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              slug: string;
              name: string;
              /** @description đồng */
              price: number;
              unit: string;
              /** @description số sao OCOP đã được Sở xác nhận */
              ocopStars: number | null;
              enterprise: {
                /** Format: uuid */
                id: string;
                slug: string;
                name: string;
              };
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Thông tin người đang đăng nhập (the signed-in person) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /**
               * Format: email
               * @example nguyenvana@example.vn
               */
              email: string;
              /** @example Nguyễn Văn A */
              fullName: string;
              /** @example 0912345678 */
              phone: string | null;
              /**
               * @example [
               *       "consumer"
               *     ]
               */
              roles: string[];
              emailVerified: boolean;
              /** Format: date-time */
              createdAt: string;
              enterprises: {
                id: string;
                /** @example owner */
                role: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /**
     * Xoá tài khoản của mình (delete my account)
     * @description Cần mật khẩu hiện tại. Không đăng nhập lại được; họ tên, e-mail, điện thoại, sổ địa chỉ bị xoá; đơn hàng giữ số tiền cho kế toán và thuế nhưng không còn tên, điện thoại, địa chỉ người mua. 409 khi còn đơn đang giao, khiếu nại chưa xong, đang là chủ doanh nghiệp, hoặc là cán bộ.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              erasedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Sửa họ tên, số điện thoại của mình (edit my name and phone) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example Nguyễn Văn A */
            fullName?: string;
            /** @description Số điện thoại Việt Nam; chuỗi rỗng hoặc null để xoá */
            phone?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /**
               * Format: email
               * @example nguyenvana@example.vn
               */
              email: string;
              /** @example Nguyễn Văn A */
              fullName: string;
              /** @example 0912345678 */
              phone: string | null;
              /**
               * @example [
               *       "consumer"
               *     ]
               */
              roles: string[];
              emailVerified: boolean;
              /** Format: date-time */
              createdAt: string;
              enterprises: {
                id: string;
                /** @example owner */
                role: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/me/addresses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sổ địa chỉ của tôi (my address book; the default first) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                fullName: string;
                /** @description Dạng trong nước, 0912345678 */
                phone: string;
                /** @example 51 */
                provinceCode: string;
                /** @example Quảng Ngãi */
                provinceName: string;
                wardCode: string;
                /** @example Phường Cẩm Thành */
                wardName: string;
                street: string;
                isDefault: boolean;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Thêm địa chỉ (at most 10; the first is the default)
     * @description Mã tỉnh và mã phường/xã theo đơn vị hành chính từ 1/7/2025 (`/geo/provinces/{code}/wards`); số điện thoại Việt Nam được chuẩn hoá về dạng 0912345678.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example Nguyễn Văn A */
            fullName: string;
            /**
             * @description Số điện thoại Việt Nam
             * @example 0905123456
             */
            phone: string;
            /**
             * @description Mã tỉnh (từ 1/7/2025)
             * @example 51
             */
            provinceCode: string;
            /**
             * @description Mã phường/xã của tỉnh đó
             * @example 21244
             */
            wardCode: string;
            /** @example 123 Quang Trung */
            street: string;
            /** @description Đặt làm địa chỉ mặc định */
            isDefault?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              fullName: string;
              /** @description Dạng trong nước, 0912345678 */
              phone: string;
              /** @example 51 */
              provinceCode: string;
              /** @example Quảng Ngãi */
              provinceName: string;
              wardCode: string;
              /** @example Phường Cẩm Thành */
              wardName: string;
              street: string;
              isDefault: boolean;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/addresses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một địa chỉ trong sổ của tôi */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              fullName: string;
              /** @description Dạng trong nước, 0912345678 */
              phone: string;
              /** @example 51 */
              provinceCode: string;
              /** @example Quảng Ngãi */
              provinceName: string;
              wardCode: string;
              /** @example Phường Cẩm Thành */
              wardName: string;
              street: string;
              isDefault: boolean;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Xoá địa chỉ (the oldest remaining becomes the default if this one was) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Đã xoá */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Sửa địa chỉ, hoặc đặt làm mặc định (`isDefault: true`) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example Nguyễn Văn A */
            fullName?: string;
            /**
             * @description Số điện thoại Việt Nam
             * @example 0905123456
             */
            phone?: string;
            /**
             * @description Mã tỉnh (từ 1/7/2025)
             * @example 51
             */
            provinceCode?: string;
            /**
             * @description Mã phường/xã của tỉnh đó
             * @example 21244
             */
            wardCode?: string;
            /** @example 123 Quang Trung */
            street?: string;
            /**
             * @description Đặt làm địa chỉ mặc định
             * @enum {boolean}
             */
            isDefault?: true;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              fullName: string;
              /** @description Dạng trong nước, 0912345678 */
              phone: string;
              /** @example 51 */
              provinceCode: string;
              /** @example Quảng Ngãi */
              provinceName: string;
              wardCode: string;
              /** @example Phường Cẩm Thành */
              wardName: string;
              street: string;
              isDefault: boolean;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/me/consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Sự đồng ý theo từng mục đích (consents per purpose)
     * @description Mục đích chưa quyết định được coi là không đồng ý (refused by default).
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /**
                 * @description account: xử lý dữ liệu để vận hành tài khoản; marketing: nhận thư tiếp thị; tracking: đo lường hành vi
                 * @enum {string}
                 */
                purpose: 'account' | 'marketing' | 'tracking';
                isGranted: boolean;
                wordingVersion: string | null;
                currentWordingVersion: string;
                decidedAt: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/consents/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lịch sử đồng ý và rút lại (consent history, newest first, last 100) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                purpose: string;
                isGranted: boolean;
                wordingVersion: string;
                ip: string | null;
                /** Format: date-time */
                decidedAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/consents/{purpose}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Đồng ý hoặc rút lại sự đồng ý cho một mục đích (give or withdraw consent)
     * @description `wordingVersion` là phiên bản nội dung người dùng đã đọc (currentWordingVersion); phiên bản cũ trả 409.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description account: xử lý dữ liệu để vận hành tài khoản; marketing: nhận thư tiếp thị; tracking: đo lường hành vi */
          purpose: 'account' | 'marketing' | 'tracking';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            isGranted: boolean;
            wordingVersion: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description account: xử lý dữ liệu để vận hành tài khoản; marketing: nhận thư tiếp thị; tracking: đo lường hành vi
               * @enum {string}
               */
              purpose: 'account' | 'marketing' | 'tracking';
              isGranted: boolean;
              wordingVersion: string | null;
              currentWordingVersion: string;
              decidedAt: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/data-export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tải toàn bộ dữ liệu cá nhân của mình (ZIP gồm JSON và CSV)
     * @description Tài khoản, sổ địa chỉ, lịch sử đồng ý, phiên đăng nhập, doanh nghiệp, đơn hàng, khiếu nại, đánh giá, bản tin và theo dõi; mỗi mục một tệp .json và một tệp .csv, kèm README.txt.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/zip': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/data-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các yêu cầu về dữ liệu của mình, mới nhất trước */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['DataRequest'][];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Gửi yêu cầu về dữ liệu cá nhân (xem, sửa, hạn chế, phản đối xử lý…); trả lời trong 72 giờ */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'access' | 'correct' | 'restrict' | 'object' | 'other';
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DataRequest'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Những phiên bản đang áp dụng mà mình chưa đồng ý, và những gì đã đồng ý */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description phiên bản đang áp dụng mà người dùng chưa đồng ý */
              pending: components['schemas']['PolicyVersionSummary'][];
              accepted: {
                slug: string;
                version: number;
                /** Format: date-time */
                acceptedAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/policies/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đồng ý các phiên bản đang áp dụng (khi đăng ký, hoặc khi được hỏi lại sau một thay đổi) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description những phiên bản đang áp dụng mà người dùng đồng ý */
            versions: {
              /**
               * @description văn bản: quy chế hoạt động hoặc một chính sách
               * @enum {string}
               */
              slug:
                | 'quy-che-hoat-dong'
                | 'kiem-hang'
                | 'doi-tra'
                | 'giao-hang'
                | 'thanh-toan'
                | 'bao-mat'
                | 'kiem-duyet-danh-gia'
                | 'xep-hang-tim-kiem';
              version: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description phiên bản đang áp dụng mà người dùng chưa đồng ý */
              pending: components['schemas']['PolicyVersionSummary'][];
              accepted: {
                slug: string;
                version: number;
                /** Format: date-time */
                acceptedAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các đánh giá của tôi, mới nhất trước, kèm trạng thái duyệt và lý do từ chối */
    get: {
      parameters: {
        query?: {
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Review'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/two-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Trạng thái xác thực hai lớp (two-factor status) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              isEnabled: boolean;
              /** @description Đã tạo khoá bí mật nhưng chưa xác nhận bằng mã */
              isPending: boolean;
              recoveryCodesLeft: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/two-factor/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Xác nhận thiết lập bằng một mã; nhận mã khôi phục (confirm two-factor)
     * @description Bật xác thực hai lớp. Phiên hiện tại kết thúc; câu trả lời mang phiên mới đã qua xác thực hai lớp và 10 mã khôi phục (chỉ hiện một lần).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Mã 6 chữ số từ ứng dụng xác thực, hoặc một mã khôi phục
             * @example 123456
             */
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Chỉ hiện một lần; mỗi mã dùng được một lần */
              recoveryCodes: string[];
              session: {
                /** @description JWT; gửi trong header Authorization: Bearer */
                accessToken: string;
                /** @description Dùng một lần với /auth/refresh */
                refreshToken: string;
                /** @enum {string} */
                tokenType: 'Bearer';
                /**
                 * @description Số giây accessToken còn hiệu lực
                 * @example 900
                 */
                expiresIn: number;
                user: components['schemas']['User'];
              };
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/two-factor/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tắt xác thực hai lớp bằng một mã (turn two-factor off)
     * @description Cán bộ tỉnh sẽ không vào được khu quản trị cho tới khi bật lại.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Mã 6 chữ số từ ứng dụng xác thực, hoặc một mã khôi phục
             * @example 123456
             */
            code: string;
          };
        };
      };
      responses: {
        /** @description Đã tắt */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/two-factor/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Bắt đầu thiết lập xác thực hai lớp: khoá bí mật và mã QR (start two-factor set-up)
     * @description Khoá chỉ có hiệu lực sau khi xác nhận bằng một mã từ ứng dụng (POST /me/two-factor/confirm).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Khoá bí mật (Base32) để nhập tay vào ứng dụng */
              secret: string;
              /** @example otpauth://totp/... */
              otpauthUri: string;
              /** @description Mã QR của otpauthUri, dạng SVG */
              qrSvg: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/newsletter/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Xác nhận đăng ký bản tin (liên kết trong thư) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              email: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/newsletter/consent-wording': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nội dung đồng ý hiện hành (bản tin, theo dõi mở thư, tin doanh nghiệp), theo phiên bản */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              newsletter: {
                version: string;
                vi: string;
                en: string;
              };
              tracking: {
                version: string;
                vi: string;
                en: string;
              };
              enterpriseNews: {
                version: string;
                vi: string;
                en: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/newsletter/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đăng ký nhận bản tin (gửi thư xác nhận — double opt-in) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            /** @description Đồng ý với nội dung `newsletter` hiện hành (bắt buộc) */
            consent: boolean;
            /**
             * @description Đồng ý ghi nhận mở thư, bấm liên kết
             * @default false
             */
            tracking?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'pending';
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/newsletter/unsubscribe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hủy nhận bản tin hoặc tin của một doanh nghiệp (liên kết trong mỗi thư) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              email: string;
              from: 'newsletter' | 'enterprise';
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Đơn hàng của tôi, hoặc của doanh nghiệp (`enterpriseId`, members) */
    get: {
      parameters: {
        query?: {
          enterpriseId?: string;
          status?:
            | 'pending_payment'
            | 'pending'
            | 'confirmed'
            | 'shipping'
            | 'delivered'
            | 'completed'
            | 'cancelled'
            | 'refunded';
          /** @description mã đơn, cả mã (`QNG-7K3F2`) hoặc phần đầu (`QNG-7K`) */
          code?: string;
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Order'][];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Đặt hàng từ nhiều doanh nghiệp trong một lần (checkout)
     * @description Mỗi doanh nghiệp một đơn. Giá theo bậc giá sỉ mà số lượng đạt tới; dưới số lượng tối thiểu → 422; thiếu hàng → 409 và không giữ hàng nào. Gửi `Idempotency-Key` để gửi lại an toàn.
     */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              productId: string;
              quantity: number;
            }[];
            shippingAddress: {
              fullName: string;
              /** @example 0905123456 */
              phone: string;
              /** @example 51 */
              provinceCode: string;
              /** @example 21548 */
              wardCode: string;
              street: string;
            };
            /** @enum {string} */
            paymentMethod: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * Format: uuid
               * @description the checkout
               */
              id: string;
              total: number;
              orders: {
                /** Format: uuid */
                id: string;
                /** @example QNG-7K3F2 */
                code: string;
                /** Format: uuid */
                checkoutId: string;
                /** Format: uuid */
                buyerId: string;
                /** Format: uuid */
                enterpriseId: string;
                enterprise: {
                  id: string;
                  name: string;
                  slug: string;
                };
                /** @enum {string} */
                status:
                  | 'pending_payment'
                  | 'pending'
                  | 'confirmed'
                  | 'shipping'
                  | 'delivered'
                  | 'completed'
                  | 'cancelled'
                  | 'refunded';
                paymentMethod: string;
                items: {
                  /** Format: uuid */
                  productId: string | null;
                  name: string;
                  slug: string | null;
                  unit: string;
                  quantity: number;
                  /** @description đồng, VAT included */
                  unitPrice: number;
                  lineTotal: number;
                  /**
                   * @example 8
                   * @example KCT
                   */
                  vatCategory: string;
                }[];
                subtotal: number;
                shippingFee: number;
                total: number;
                /** @description VAT contained in the total */
                vatIncluded: number;
                shippingAddress: {
                  fullName: string;
                  phone: string;
                  provinceCode: string;
                  wardCode: string;
                  street: string;
                  provinceName: string;
                  wardName: string;
                };
                note: string | null;
                /** Format: uuid */
                quoteId: string | null;
                /** Format: date-time */
                paymentDueAt: string | null;
                /** Format: date-time */
                paidAt: string | null;
                /** Format: date-time */
                confirmedAt: string | null;
                /** Format: date-time */
                shippedAt: string | null;
                /** Format: date-time */
                deliveredAt: string | null;
                /** Format: date-time */
                completedAt: string | null;
                /** Format: date-time */
                cancelledAt: string | null;
                /** Format: date-time */
                refundedAt: string | null;
                cancelReason: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              payment: {
                /** @enum {string} */
                method: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
                /** @enum {string} */
                status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
                amount: number;
                vietqr?: {
                  /** @description NAPAS/EMVCo payload with CRC, to draw as a QR code */
                  payload: string;
                  /** @example 970436 */
                  bankBin: string;
                  bankName: string;
                  accountNo: string;
                  accountHolder: string;
                  /** @description đồng */
                  amount: number;
                  /** @example QNG-7K3F2 */
                  memo: string;
                  /** @description the QR code as a PNG image */
                  imageUrl: string;
                };
                redirectUrl?: string;
                clientSecret?: string;
                payments: {
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  method: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
                  /** @enum {string} */
                  status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
                  amount: number;
                  refundedAmount: number;
                  orderIds: string[];
                  /** Format: uuid */
                  payeeEnterpriseId: string | null;
                  vietqr?: {
                    /** @description NAPAS/EMVCo payload with CRC, to draw as a QR code */
                    payload: string;
                    /** @example 970436 */
                    bankBin: string;
                    bankName: string;
                    accountNo: string;
                    accountHolder: string;
                    /** @description đồng */
                    amount: number;
                    /** @example QNG-7K3F2 */
                    memo: string;
                    /** @description the QR code as a PNG image */
                    imageUrl: string;
                  };
                  redirectUrl?: string;
                  clientSecret?: string;
                  /** Format: date-time */
                  expiresAt: string | null;
                  /** Format: date-time */
                  paidAt: string | null;
                  /** Format: date-time */
                  latePaidAt: string | null;
                }[];
              };
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * Format: uuid
               * @description the checkout
               */
              id: string;
              total: number;
              orders: {
                /** Format: uuid */
                id: string;
                /** @example QNG-7K3F2 */
                code: string;
                /** Format: uuid */
                checkoutId: string;
                /** Format: uuid */
                buyerId: string;
                /** Format: uuid */
                enterpriseId: string;
                enterprise: {
                  id: string;
                  name: string;
                  slug: string;
                };
                /** @enum {string} */
                status:
                  | 'pending_payment'
                  | 'pending'
                  | 'confirmed'
                  | 'shipping'
                  | 'delivered'
                  | 'completed'
                  | 'cancelled'
                  | 'refunded';
                paymentMethod: string;
                items: {
                  /** Format: uuid */
                  productId: string | null;
                  name: string;
                  slug: string | null;
                  unit: string;
                  quantity: number;
                  /** @description đồng, VAT included */
                  unitPrice: number;
                  lineTotal: number;
                  /**
                   * @example 8
                   * @example KCT
                   */
                  vatCategory: string;
                }[];
                subtotal: number;
                shippingFee: number;
                total: number;
                /** @description VAT contained in the total */
                vatIncluded: number;
                shippingAddress: {
                  fullName: string;
                  phone: string;
                  provinceCode: string;
                  wardCode: string;
                  street: string;
                  provinceName: string;
                  wardName: string;
                };
                note: string | null;
                /** Format: uuid */
                quoteId: string | null;
                /** Format: date-time */
                paymentDueAt: string | null;
                /** Format: date-time */
                paidAt: string | null;
                /** Format: date-time */
                confirmedAt: string | null;
                /** Format: date-time */
                shippedAt: string | null;
                /** Format: date-time */
                deliveredAt: string | null;
                /** Format: date-time */
                completedAt: string | null;
                /** Format: date-time */
                cancelledAt: string | null;
                /** Format: date-time */
                refundedAt: string | null;
                cancelReason: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              payment: {
                /** @enum {string} */
                method: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
                /** @enum {string} */
                status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
                amount: number;
                vietqr?: {
                  /** @description NAPAS/EMVCo payload with CRC, to draw as a QR code */
                  payload: string;
                  /** @example 970436 */
                  bankBin: string;
                  bankName: string;
                  accountNo: string;
                  accountHolder: string;
                  /** @description đồng */
                  amount: number;
                  /** @example QNG-7K3F2 */
                  memo: string;
                  /** @description the QR code as a PNG image */
                  imageUrl: string;
                };
                redirectUrl?: string;
                clientSecret?: string;
                payments: {
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  method: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
                  /** @enum {string} */
                  status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
                  amount: number;
                  refundedAmount: number;
                  orderIds: string[];
                  /** Format: uuid */
                  payeeEnterpriseId: string | null;
                  vietqr?: {
                    /** @description NAPAS/EMVCo payload with CRC, to draw as a QR code */
                    payload: string;
                    /** @example 970436 */
                    bankBin: string;
                    bankName: string;
                    accountNo: string;
                    accountHolder: string;
                    /** @description đồng */
                    amount: number;
                    /** @example QNG-7K3F2 */
                    memo: string;
                    /** @description the QR code as a PNG image */
                    imageUrl: string;
                  };
                  redirectUrl?: string;
                  clientSecret?: string;
                  /** Format: date-time */
                  expiresAt: string | null;
                  /** Format: date-time */
                  paidAt: string | null;
                  /** Format: date-time */
                  latePaidAt: string | null;
                }[];
              };
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        502: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Số đơn của doanh nghiệp theo từng trạng thái (members, staff) */
    get: {
      parameters: {
        query: {
          enterpriseId: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              all: number;
              pending_payment: number;
              pending: number;
              confirmed: number;
              shipping: number;
              delivered: number;
              completed: number;
              cancelled: number;
              refunded: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tính thử giỏ hàng: mỗi doanh nghiệp một phần, giá theo bậc, phí giao hàng, tổng (không đặt hàng)
     * @description Cùng nội dung như `POST /orders` nhưng không có thanh toán; không giữ hàng, không ghi gì. Dòng không đặt được (ngừng bán, dưới số lượng tối thiểu, thiếu hàng) được đánh dấu trong `problem`. Công khai: khách chưa đăng nhập cũng xem được giỏ hàng.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              productId: string;
              quantity: number;
            }[];
            shippingAddress?: {
              fullName: string;
              /** @example 0905123456 */
              phone: string;
              /** @example 51 */
              provinceCode: string;
              /** @example 21548 */
              wardCode: string;
              street: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sellers: {
                enterprise: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  slug: string;
                };
                shippingRule: {
                  flatFee: number;
                  freeFrom: number | null;
                };
                items: {
                  /** Format: uuid */
                  productId: string;
                  name: string;
                  slug: string;
                  unit: string;
                  image: string | null;
                  quantity: number;
                  /** @description đồng, the tier the quantity reaches */
                  unitPrice: number;
                  listPrice: number;
                  /** @description the minimum quantity of the tier reached; null at list price */
                  tierMinQty: number | null;
                  lineTotal: number;
                  vatCategory: string;
                  minOrderQty: number;
                  stock: number;
                  problem:
                    | (
                        | {
                            /** @enum {string} */
                            code: 'not_on_sale';
                          }
                        | {
                            /** @enum {string} */
                            code: 'below_min_order';
                            minOrderQty: number;
                          }
                        | {
                            /** @enum {string} */
                            code: 'out_of_stock';
                            stock: number;
                          }
                      )
                    | null;
                }[];
                subtotal: number;
                shippingFee: number;
                total: number;
                vatIncluded: number;
              }[];
              unavailable: {
                /** Format: uuid */
                productId: string;
                quantity: number;
              }[];
              total: number;
              isOrderable: boolean;
              shippingAddress?: {
                fullName: string;
                phone: string;
                provinceCode: string;
                wardCode: string;
                street: string;
                provinceName: string;
                wardName: string;
              };
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Chi tiết đơn hàng, lịch sử trạng thái và thanh toán (buyer, seller, staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @example QNG-7K3F2 */
              code: string;
              /** Format: uuid */
              checkoutId: string;
              /** Format: uuid */
              buyerId: string;
              /** Format: uuid */
              enterpriseId: string;
              enterprise: {
                id: string;
                name: string;
                slug: string;
              };
              /** @enum {string} */
              status:
                | 'pending_payment'
                | 'pending'
                | 'confirmed'
                | 'shipping'
                | 'delivered'
                | 'completed'
                | 'cancelled'
                | 'refunded';
              paymentMethod: string;
              items: {
                /** Format: uuid */
                productId: string | null;
                name: string;
                slug: string | null;
                unit: string;
                quantity: number;
                /** @description đồng, VAT included */
                unitPrice: number;
                lineTotal: number;
                /**
                 * @example 8
                 * @example KCT
                 */
                vatCategory: string;
              }[];
              subtotal: number;
              shippingFee: number;
              total: number;
              /** @description VAT contained in the total */
              vatIncluded: number;
              shippingAddress: {
                fullName: string;
                phone: string;
                provinceCode: string;
                wardCode: string;
                street: string;
                provinceName: string;
                wardName: string;
              };
              note: string | null;
              /** Format: uuid */
              quoteId: string | null;
              /** Format: date-time */
              paymentDueAt: string | null;
              /** Format: date-time */
              paidAt: string | null;
              /** Format: date-time */
              confirmedAt: string | null;
              /** Format: date-time */
              shippedAt: string | null;
              /** Format: date-time */
              deliveredAt: string | null;
              /** Format: date-time */
              completedAt: string | null;
              /** Format: date-time */
              cancelledAt: string | null;
              /** Format: date-time */
              refundedAt: string | null;
              cancelReason: string | null;
              /** Format: date-time */
              createdAt: string;
            } & {
              history: {
                fromStatus: string | null;
                toStatus: string;
                actorRole: string;
                actorId: string | null;
                reason: string | null;
                /** Format: date-time */
                at: string;
              }[];
              payments: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                method: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
                /** @enum {string} */
                status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
                amount: number;
                refundedAmount: number;
                orderIds: string[];
                /** Format: uuid */
                payeeEnterpriseId: string | null;
                vietqr?: {
                  /** @description NAPAS/EMVCo payload with CRC, to draw as a QR code */
                  payload: string;
                  /** @example 970436 */
                  bankBin: string;
                  bankName: string;
                  accountNo: string;
                  accountHolder: string;
                  /** @description đồng */
                  amount: number;
                  /** @example QNG-7K3F2 */
                  memo: string;
                  /** @description the QR code as a PNG image */
                  imageUrl: string;
                };
                redirectUrl?: string;
                clientSecret?: string;
                /** Format: date-time */
                expiresAt: string | null;
                /** Format: date-time */
                paidAt: string | null;
                /** Format: date-time */
                latePaidAt: string | null;
              }[];
              /** @description các trạng thái người gọi được chuyển đơn sang lúc này (theo vai trò: người mua, doanh nghiệp, cán bộ Sở) */
              allowedTransitions: (
                | 'pending_payment'
                | 'pending'
                | 'confirmed'
                | 'shipping'
                | 'delivered'
                | 'completed'
                | 'cancelled'
                | 'refunded'
              )[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Huỷ đơn (người mua trước khi giao, hoặc doanh nghiệp); hàng trở lại kho */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @example QNG-7K3F2 */
              code: string;
              /** Format: uuid */
              checkoutId: string;
              /** Format: uuid */
              buyerId: string;
              /** Format: uuid */
              enterpriseId: string;
              enterprise: {
                id: string;
                name: string;
                slug: string;
              };
              /** @enum {string} */
              status:
                | 'pending_payment'
                | 'pending'
                | 'confirmed'
                | 'shipping'
                | 'delivered'
                | 'completed'
                | 'cancelled'
                | 'refunded';
              paymentMethod: string;
              items: {
                /** Format: uuid */
                productId: string | null;
                name: string;
                slug: string | null;
                unit: string;
                quantity: number;
                /** @description đồng, VAT included */
                unitPrice: number;
                lineTotal: number;
                /**
                 * @example 8
                 * @example KCT
                 */
                vatCategory: string;
              }[];
              subtotal: number;
              shippingFee: number;
              total: number;
              /** @description VAT contained in the total */
              vatIncluded: number;
              shippingAddress: {
                fullName: string;
                phone: string;
                provinceCode: string;
                wardCode: string;
                street: string;
                provinceName: string;
                wardName: string;
              };
              note: string | null;
              /** Format: uuid */
              quoteId: string | null;
              /** Format: date-time */
              paymentDueAt: string | null;
              /** Format: date-time */
              paidAt: string | null;
              /** Format: date-time */
              confirmedAt: string | null;
              /** Format: date-time */
              shippedAt: string | null;
              /** Format: date-time */
              deliveredAt: string | null;
              /** Format: date-time */
              completedAt: string | null;
              /** Format: date-time */
              cancelledAt: string | null;
              /** Format: date-time */
              refundedAt: string | null;
              cancelReason: string | null;
              /** Format: date-time */
              createdAt: string;
            } & {
              history: {
                fromStatus: string | null;
                toStatus: string;
                actorRole: string;
                actorId: string | null;
                reason: string | null;
                /** Format: date-time */
                at: string;
              }[];
              payments: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                method: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
                /** @enum {string} */
                status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
                amount: number;
                refundedAmount: number;
                orderIds: string[];
                /** Format: uuid */
                payeeEnterpriseId: string | null;
                vietqr?: {
                  /** @description NAPAS/EMVCo payload with CRC, to draw as a QR code */
                  payload: string;
                  /** @example 970436 */
                  bankBin: string;
                  bankName: string;
                  accountNo: string;
                  accountHolder: string;
                  /** @description đồng */
                  amount: number;
                  /** @example QNG-7K3F2 */
                  memo: string;
                  /** @description the QR code as a PNG image */
                  imageUrl: string;
                };
                redirectUrl?: string;
                clientSecret?: string;
                /** Format: date-time */
                expiresAt: string | null;
                /** Format: date-time */
                paidAt: string | null;
                /** Format: date-time */
                latePaidAt: string | null;
              }[];
              /** @description các trạng thái người gọi được chuyển đơn sang lúc này (theo vai trò: người mua, doanh nghiệp, cán bộ Sở) */
              allowedTransitions: (
                | 'pending_payment'
                | 'pending'
                | 'confirmed'
                | 'shipping'
                | 'delivered'
                | 'completed'
                | 'cancelled'
                | 'refunded'
              )[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các khiếu nại của một đơn (người mua, doanh nghiệp bán, cán bộ Sở) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Complaint'][];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Khiếu nại một đơn đã giao hoặc hoàn tất (người mua, trong thời hạn khiếu nại); một khiếu nại mở mỗi đơn */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            reason: 'not_received' | 'damaged' | 'not_as_described' | 'wrong_item' | 'other';
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              /** @example QNG-7K3F2 */
              orderCode: string;
              /** @description đồng */
              orderTotal: number;
              /** Format: uuid */
              buyerId: string;
              enterprise: {
                /** Format: uuid */
                id: string;
                name: string;
              };
              /**
               * @description not_received: chưa nhận hàng · damaged: hư hỏng · not_as_described: không đúng mô tả · wrong_item: giao nhầm hàng · other: khác
               * @enum {string}
               */
              reason: 'not_received' | 'damaged' | 'not_as_described' | 'wrong_item' | 'other';
              text: string;
              /**
               * @description open: chờ doanh nghiệp trả lời · answered: đã trả lời · mediation: Sở hoà giải · closed: đã đóng
               * @enum {string}
               */
              status: 'open' | 'answered' | 'mediation' | 'closed';
              /** Format: date-time */
              answerDueAt: string;
              answer: string | null;
              /** Format: date-time */
              answeredAt: string | null;
              /** @enum {string|null} */
              mediationBy: 'buyer' | 'seller' | 'system' | null;
              /** Format: date-time */
              mediationAt: string | null;
              /** @enum {string|null} */
              outcome: 'refund' | 'return' | 'rejected' | 'accepted' | 'withdrawn' | null;
              resolution: string | null;
              /** @description đồng, khi kết quả là hoàn tiền */
              refundAmount: number | null;
              /** @description số tiền thanh toán đã mở hoàn (0 khi đơn chưa được thanh toán) */
              refundedAmount: number | null;
              /** Format: date-time */
              closedAt: string | null;
              /** Format: date-time */
              createdAt: string;
            } & {
              /** @description ảnh kèm khiếu nại (tối đa 5) */
              photos: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                messageId: string | null;
                /** @example image/jpeg */
                contentType: string;
                sizeBytes: number;
                /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
                url: string;
              }[];
              messages: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                authorRole: 'buyer' | 'seller' | 'staff' | 'system';
                text: string;
                /** Format: date-time */
                createdAt: string;
                photos: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  messageId: string | null;
                  /** @example image/jpeg */
                  contentType: string;
                  sizeBytes: number;
                  /** @description đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở) */
                  url: string;
                }[];
              }[];
              /** @description các thao tác người gọi được làm lúc này (theo vai trò: người mua, doanh nghiệp, cán bộ Sở) */
              allowedActions: ('answer' | 'mediation' | 'accept' | 'withdraw' | 'message' | 'close')[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/receipt.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Biên nhận đơn hàng (hợp đồng mua bán) dạng PDF (buyer, seller members)
     * @description Người bán, người mua, hàng hoá, tổng tiền bằng số và bằng chữ, phương thức và tình trạng thanh toán. Người khác (kể cả cán bộ Sở) nhận 404.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Chuyển trạng thái đơn: pending → confirmed → shipping → delivered → completed */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            to: 'pending_payment' | 'pending' | 'confirmed' | 'shipping' | 'delivered' | 'completed' | 'cancelled' | 'refunded';
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @example QNG-7K3F2 */
              code: string;
              /** Format: uuid */
              checkoutId: string;
              /** Format: uuid */
              buyerId: string;
              /** Format: uuid */
              enterpriseId: string;
              enterprise: {
                id: string;
                name: string;
                slug: string;
              };
              /** @enum {string} */
              status:
                | 'pending_payment'
                | 'pending'
                | 'confirmed'
                | 'shipping'
                | 'delivered'
                | 'completed'
                | 'cancelled'
                | 'refunded';
              paymentMethod: string;
              items: {
                /** Format: uuid */
                productId: string | null;
                name: string;
                slug: string | null;
                unit: string;
                quantity: number;
                /** @description đồng, VAT included */
                unitPrice: number;
                lineTotal: number;
                /**
                 * @example 8
                 * @example KCT
                 */
                vatCategory: string;
              }[];
              subtotal: number;
              shippingFee: number;
              total: number;
              /** @description VAT contained in the total */
              vatIncluded: number;
              shippingAddress: {
                fullName: string;
                phone: string;
                provinceCode: string;
                wardCode: string;
                street: string;
                provinceName: string;
                wardName: string;
              };
              note: string | null;
              /** Format: uuid */
              quoteId: string | null;
              /** Format: date-time */
              paymentDueAt: string | null;
              /** Format: date-time */
              paidAt: string | null;
              /** Format: date-time */
              confirmedAt: string | null;
              /** Format: date-time */
              shippedAt: string | null;
              /** Format: date-time */
              deliveredAt: string | null;
              /** Format: date-time */
              completedAt: string | null;
              /** Format: date-time */
              cancelledAt: string | null;
              /** Format: date-time */
              refundedAt: string | null;
              cancelReason: string | null;
              /** Format: date-time */
              createdAt: string;
            } & {
              history: {
                fromStatus: string | null;
                toStatus: string;
                actorRole: string;
                actorId: string | null;
                reason: string | null;
                /** Format: date-time */
                at: string;
              }[];
              payments: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                method: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
                /** @enum {string} */
                status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
                amount: number;
                refundedAmount: number;
                orderIds: string[];
                /** Format: uuid */
                payeeEnterpriseId: string | null;
                vietqr?: {
                  /** @description NAPAS/EMVCo payload with CRC, to draw as a QR code */
                  payload: string;
                  /** @example 970436 */
                  bankBin: string;
                  bankName: string;
                  accountNo: string;
                  accountHolder: string;
                  /** @description đồng */
                  amount: number;
                  /** @example QNG-7K3F2 */
                  memo: string;
                  /** @description the QR code as a PNG image */
                  imageUrl: string;
                };
                redirectUrl?: string;
                clientSecret?: string;
                /** Format: date-time */
                expiresAt: string | null;
                /** Format: date-time */
                paidAt: string | null;
                /** Format: date-time */
                latePaidAt: string | null;
              }[];
              /** @description các trạng thái người gọi được chuyển đơn sang lúc này (theo vai trò: người mua, doanh nghiệp, cán bộ Sở) */
              allowedTransitions: (
                | 'pending_payment'
                | 'pending'
                | 'confirmed'
                | 'shipping'
                | 'delivered'
                | 'completed'
                | 'cancelled'
                | 'refunded'
              )[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/vat-invoice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Yêu cầu xuất hoá đơn GTGT của đơn (buyer, seller, staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description null khi người mua chưa yêu cầu hoá đơn */
              vatInvoice: {
                companyName: string;
                /** @example 0100109106 */
                taxCode: string;
                address: string;
                /** Format: email */
                email: string | null;
                /** Format: date-time */
                requestedAt: string;
                /** @description số hoá đơn người bán đã xuất; null khi chưa xuất */
                invoiceNumber: string | null;
                /** Format: date-time */
                issuedAt: string | null;
              } | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Người mua yêu cầu (hoặc sửa) thông tin xuất hoá đơn GTGT, tới khi người bán đã xuất */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            companyName: string;
            /** @description mã số thuế 10 số, hoặc 10 số và -XXX của chi nhánh */
            taxCode: string;
            address: string;
            /** Format: email */
            email?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description null khi người mua chưa yêu cầu hoá đơn */
              vatInvoice: {
                companyName: string;
                /** @example 0100109106 */
                taxCode: string;
                address: string;
                /** Format: email */
                email: string | null;
                /** Format: date-time */
                requestedAt: string;
                /** @description số hoá đơn người bán đã xuất; null khi chưa xuất */
                invoiceNumber: string | null;
                /** Format: date-time */
                issuedAt: string | null;
              } | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/vat-invoice/issued': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Người bán ghi nhận số hoá đơn GTGT đã xuất (một lần) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            invoiceNumber: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description null khi người mua chưa yêu cầu hoá đơn */
              vatInvoice: {
                companyName: string;
                /** @example 0100109106 */
                taxCode: string;
                address: string;
                /** Format: email */
                email: string | null;
                /** Format: date-time */
                requestedAt: string;
                /** @description số hoá đơn người bán đã xuất; null khi chưa xuất */
                invoiceNumber: string | null;
                /** Format: date-time */
                issuedAt: string | null;
              } | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments/methods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Phương thức thanh toán đang bật (enabled payment methods) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              methods: string[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments/stripe/webhook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stripe webhook (signature checked; each event handled once) */
    post: {
      parameters: {
        query?: never;
        header: {
          'stripe-signature': string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              received: boolean;
              outcome: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments/vnpay/ipn': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** VNPay IPN (server to server; the source of truth for a VNPay payment) */
    get: {
      parameters: {
        query?: {
          additionalProperties?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              RspCode: string;
              Message: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments/vnpay/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** VNPay return URL: shows the result to the buyer; changes nothing (the IPN decides) */
    get: {
      parameters: {
        query?: {
          additionalProperties?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              isValid: boolean;
              isSuccess: boolean;
              orderCodes: string[];
              payment: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                method: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
                /** @enum {string} */
                status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
                amount: number;
                refundedAmount: number;
                orderIds: string[];
                /** Format: uuid */
                payeeEnterpriseId: string | null;
                vietqr?: {
                  /** @description NAPAS/EMVCo payload with CRC, to draw as a QR code */
                  payload: string;
                  /** @example 970436 */
                  bankBin: string;
                  bankName: string;
                  accountNo: string;
                  accountHolder: string;
                  /** @description đồng */
                  amount: number;
                  /** @example QNG-7K3F2 */
                  memo: string;
                  /** @description the QR code as a PNG image */
                  imageUrl: string;
                };
                redirectUrl?: string;
                clientSecret?: string;
                /** Format: date-time */
                expiresAt: string | null;
                /** Format: date-time */
                paidAt: string | null;
                /** Format: date-time */
                latePaidAt: string | null;
              } | null;
              message: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payments/{id}/vietqr.png': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mã VietQR của một khoản chuyển khoản (PNG) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Quy chế hoạt động và các chính sách: phiên bản đang áp dụng và phiên bản sắp áp dụng (nếu có) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PolicyDocument'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một văn bản: nội dung đang áp dụng, phiên bản sắp áp dụng và danh sách mọi phiên bản */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description văn bản: quy chế hoạt động hoặc một chính sách */
          slug:
            | 'quy-che-hoat-dong'
            | 'kiem-hang'
            | 'doi-tra'
            | 'giao-hang'
            | 'thanh-toan'
            | 'bao-mat'
            | 'kiem-duyet-danh-gia'
            | 'xep-hang-tim-kiem';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              inForce: components['schemas']['PolicyVersion'];
              upcoming: components['schemas']['PolicyVersionSummary'] | null;
              /** @description mọi phiên bản, mới nhất trước */
              versions: components['schemas']['PolicyVersionSummary'][];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/policies/{slug}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một phiên bản, với khác biệt so với phiên bản trước */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description văn bản: quy chế hoạt động hoặc một chính sách */
          slug:
            | 'quy-che-hoat-dong'
            | 'kiem-hang'
            | 'doi-tra'
            | 'giao-hang'
            | 'thanh-toan'
            | 'bao-mat'
            | 'kiem-duyet-danh-gia'
            | 'xep-hang-tim-kiem';
          version: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PolicyVersion'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/product-imports/template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * File Excel mẫu để nhập sản phẩm
     * @description Trang "Sản phẩm" (tiêu đề cột và một dòng ví dụ), trang "Danh mục" (mã, đường dẫn, id) và trang "Hướng dẫn".
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Tìm và duyệt sản phẩm (search and browse)
     * @description Chỉ sản phẩm đã duyệt của doanh nghiệp đang hoạt động. `q` không phân biệt dấu và hoa thường, sửa lỗi gõ nhỏ (`toi lyson` → Tỏi Lý Sơn); lọc theo danh mục (cả nhánh con), doanh nghiệp, phường/xã, khoảng giá, số sao OCOP; kèm tổng số và đếm theo nhóm (facets).
     */
    get: {
      parameters: {
        query?: {
          /**
           * @description Không phân biệt dấu, hoa thường; sửa lỗi gõ nhỏ
           * @example toi ly son
           */
          q?: string;
          categoryId?: string;
          enterpriseId?: string;
          wardCode?: string;
          priceMin?: number;
          priceMax?: number;
          /** @description Từ số sao này trở lên */
          ocopStars?: number;
          sort?: 'relevance' | 'newest' | 'price_asc' | 'price_desc';
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['ProductCard'][];
              nextCursor: string | null;
              total: number;
              facets: {
                categoryId: {
                  value: string;
                  count: number;
                }[];
                ocopStars: {
                  value: string;
                  count: number;
                }[];
                wardCode: {
                  value: string;
                  count: number;
                }[];
              };
              /** @description Các từ đã tìm sau khi sửa lỗi gõ */
              searchedWords: string[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /**
     * Đăng sản phẩm (members of an approved enterprise)
     * @description Sản phẩm ở trạng thái `pending_review` chờ cán bộ duyệt (hoặc `draft` khi `submit: false`). Giá là số nguyên đồng.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            enterpriseId: string;
            /**
             * @description Tên sản phẩm
             * @example Tỏi Lý Sơn cô đơn
             */
            name: string;
            /** @example Tỏi một tép trồng trên cát biển đảo Lý Sơn, phơi khô tự nhiên. */
            description: string;
            /**
             * Format: uuid
             * @description Danh mục (GET /api/v1/categories)
             */
            categoryId: string;
            /**
             * @description Giá bán lẻ, đồng (số nguyên)
             * @example 350000
             */
            price: number;
            /**
             * @description Đơn vị tính
             * @example kg
             * @enum {string}
             */
            unit:
              | 'kg'
              | 'g'
              | 'lít'
              | 'ml'
              | 'hộp'
              | 'chai'
              | 'hũ'
              | 'gói'
              | 'túi'
              | 'thùng'
              | 'bó'
              | 'chục'
              | 'cái'
              | 'bộ'
              | 'yến'
              | 'tạ'
              | 'tấn';
            /** @example 120 */
            stock: number;
            /**
             * @description Số lượng đặt tối thiểu
             * @example 1
             */
            minOrderQty?: number;
            /** @description Giá sỉ: minQty tăng dần, giá giảm dần */
            wholesaleTiers?: {
              /**
               * @description Mua từ số lượng này
               * @example 10
               */
              minQty: number;
              /**
               * @description Đơn giá (đồng) khi mua từ minQty
               * @example 320000
               */
              price: number;
            }[];
            images?: string[];
            /**
             * @description Xuất xứ
             * @example Đặc khu Lý Sơn, Quảng Ngãi
             */
            origin?: string;
            /** @description Hạng sao OCOP */
            ocopStars?: 3 | 4 | 5;
            /**
             * @description Số quyết định công nhận OCOP
             * @example 123/QĐ-UBND
             */
            ocopCertificateNo?: string;
            /** @example UBND tỉnh Quảng Ngãi */
            ocopIssuer?: string;
            /**
             * Format: date
             * @example 2025-03-01
             */
            ocopIssuedOn?: string;
            /**
             * Format: date
             * @example 2028-03-01
             */
            ocopExpiresOn?: string;
            /**
             * @description Nhà sản xuất / đóng gói
             * @example HTX Nông nghiệp Tỏi Lý Sơn
             */
            manufacturer?: string;
            /**
             * @description Định lượng
             * @example 500 g
             */
            netQuantity?: string;
            /** @example 100% tỏi Lý Sơn */
            ingredients?: string;
            /** @example Nơi khô ráo, thoáng mát */
            storage?: string;
            warnings?: string;
            /**
             * @description Thuế suất GTGT: KCT, 0, 5, 8, 10
             * @enum {string}
             */
            vatCategory?: 'KCT' | '0' | '5' | '8' | '10';
            /**
             * @description Số giấy phép: bắt buộc trước khi gửi duyệt ở danh mục cần giấy phép (rượu, dược liệu)
             * @example 15/GP-SCT
             */
            licenceNumber?: string;
            /** @example Sở Công Thương tỉnh Quảng Ngãi */
            licenceIssuer?: string;
            /**
             * Format: date
             * @example 2025-06-01
             */
            licenceIssuedOn?: string;
            /**
             * @description false: lưu nháp, chưa gửi duyệt
             * @default true
             */
            submit?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Product'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{idOrSlug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Chi tiết sản phẩm (product page)
     * @description Đường dẫn cũ (trước khi đổi tên) chuyển hướng 301 sang đường dẫn hiện tại. Sản phẩm từng được bán nhưng nay đã ẩn, bị từ chối sau khi sửa hoặc của doanh nghiệp bị đình chỉ trả 410 (`CATALOG_PRODUCT_GONE`); sản phẩm chưa từng công khai (hoặc đang chờ duyệt lại) trả 404.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          idOrSlug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Product'];
          };
        };
        /** @description Default Response */
        301: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{idOrSlug}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Đánh giá đã đăng của một sản phẩm, mới nhất trước, kèm điểm trung bình (public) */
    get: {
      parameters: {
        query?: {
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path: {
          idOrSlug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['Review'][];
              nextCursor: string | null;
              rating: {
                /** @example 4.5 */
                average: number | null;
                count: number;
              };
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        410: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Sửa sản phẩm (members, admin)
     * @description Đổi tên, mô tả, ảnh hoặc danh mục đưa sản phẩm đã duyệt về `pending_review`; đổi giá, tồn kho thì không.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Tên sản phẩm
             * @example Tỏi Lý Sơn cô đơn
             */
            name?: string;
            /** @example Tỏi một tép trồng trên cát biển đảo Lý Sơn, phơi khô tự nhiên. */
            description?: string;
            /**
             * Format: uuid
             * @description Danh mục (GET /api/v1/categories)
             */
            categoryId?: string;
            /**
             * @description Giá bán lẻ, đồng (số nguyên)
             * @example 350000
             */
            price?: number;
            /**
             * @description Đơn vị tính
             * @example kg
             * @enum {string}
             */
            unit?:
              | 'kg'
              | 'g'
              | 'lít'
              | 'ml'
              | 'hộp'
              | 'chai'
              | 'hũ'
              | 'gói'
              | 'túi'
              | 'thùng'
              | 'bó'
              | 'chục'
              | 'cái'
              | 'bộ'
              | 'yến'
              | 'tạ'
              | 'tấn';
            /** @example 120 */
            stock?: number;
            /**
             * @description Số lượng đặt tối thiểu
             * @example 1
             */
            minOrderQty?: number;
            /** @description Giá sỉ: minQty tăng dần, giá giảm dần */
            wholesaleTiers?: {
              /**
               * @description Mua từ số lượng này
               * @example 10
               */
              minQty: number;
              /**
               * @description Đơn giá (đồng) khi mua từ minQty
               * @example 320000
               */
              price: number;
            }[];
            images?: string[];
            /**
             * @description Xuất xứ
             * @example Đặc khu Lý Sơn, Quảng Ngãi
             */
            origin?: string;
            /** @description Hạng sao OCOP */
            ocopStars?: 3 | 4 | 5;
            /**
             * @description Số quyết định công nhận OCOP
             * @example 123/QĐ-UBND
             */
            ocopCertificateNo?: string;
            /** @example UBND tỉnh Quảng Ngãi */
            ocopIssuer?: string;
            /**
             * Format: date
             * @example 2025-03-01
             */
            ocopIssuedOn?: string;
            /**
             * Format: date
             * @example 2028-03-01
             */
            ocopExpiresOn?: string;
            /**
             * @description Nhà sản xuất / đóng gói
             * @example HTX Nông nghiệp Tỏi Lý Sơn
             */
            manufacturer?: string;
            /**
             * @description Định lượng
             * @example 500 g
             */
            netQuantity?: string;
            /** @example 100% tỏi Lý Sơn */
            ingredients?: string;
            /** @example Nơi khô ráo, thoáng mát */
            storage?: string;
            warnings?: string;
            /**
             * @description Thuế suất GTGT: KCT, 0, 5, 8, 10
             * @enum {string}
             */
            vatCategory?: 'KCT' | '0' | '5' | '8' | '10';
            /**
             * @description Số giấy phép: bắt buộc trước khi gửi duyệt ở danh mục cần giấy phép (rượu, dược liệu)
             * @example 15/GP-SCT
             */
            licenceNumber?: string;
            /** @example Sở Công Thương tỉnh Quảng Ngãi */
            licenceIssuer?: string;
            /**
             * Format: date
             * @example 2025-06-01
             */
            licenceIssuedOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Product'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/products/{id}/hide': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ẩn sản phẩm đã duyệt */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Product'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/images': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tải ảnh sản phẩm: JPEG, PNG hoặc WebP (members)
     * @description Gửi một ảnh trong trường `file` (multipart/form-data). Ảnh được nhận diện từ nội dung, lưu dạng WebP 1200 px và ảnh nhỏ 400 px; sản phẩm đã duyệt sẽ chờ duyệt lại.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Product'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        415: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Đánh giá sản phẩm đã nhận (1–5 sao và nhận xét); chờ cán bộ duyệt
     * @description Chỉ người mua có đơn chứa sản phẩm đã giao (403 `CATALOG_REVIEW_NOT_ELIGIBLE`); mỗi người mua một đánh giá cho mỗi sản phẩm (409 `CATALOG_REVIEW_EXISTS`).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example 5 */
            stars: number;
            /** @example Tỏi thơm, đóng gói cẩn thận. */
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Review'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/reviews/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Người mua có được đánh giá sản phẩm này không, và đánh giá của mình (kèm trạng thái) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Người mua đã nhận một đơn có sản phẩm này và chưa đánh giá */
              eligible: boolean;
              review: components['schemas']['Review'] | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hiện lại sản phẩm đã ẩn */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Product'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/products/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gửi duyệt bản nháp hoặc tin bị từ chối */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Product'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/content/legal/{slug}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tệp PDF của một văn bản pháp luật đã đăng */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': unknown;
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/content/{section}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bài đã đăng của một mục: news (tin tức, thông báo), handbook (sổ tay TMĐT), legal (văn bản), trade (cơ hội giao thương) */
    get: {
      parameters: {
        query?: {
          /** @description trong mục tin tức: news hoặc announcement */
          kind?: 'news' | 'announcement' | 'handbook' | 'legal' | 'trade';
          page?: number;
        };
        header?: never;
        path: {
          section: 'news' | 'handbook' | 'legal' | 'trade';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['ProgrammeContent'][];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/content/{section}/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một bài đã đăng (bản nháp, chờ duyệt, hẹn giờ chưa đến: 404) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          section: 'news' | 'handbook' | 'legal' | 'trade';
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ProgrammeContent'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các khoá đào tạo, hội thảo, hội chợ sắp diễn ra */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TrainingEvent'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một khoá đào tạo hoặc sự kiện */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TrainingEvent'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/events/{id}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lịch của sự kiện (tệp .ics cho Google Calendar, Outlook…) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/calendar': string;
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/calendar': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/calendar': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/events/{id}/registrations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Đăng ký tham dự (email xác nhận kèm tệp lịch .ics); hết chỗ hoặc đã bắt đầu: 409 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            fullName: string;
            /** Format: email */
            email: string;
            phone?: string;
            /** @description cơ quan, doanh nghiệp hoặc trường */
            organisation?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              registration: components['schemas']['Registration'];
              event: components['schemas']['TrainingEvent'];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các chỉ tiêu của Chương trình phát triển TMĐT và cách đo từng chỉ tiêu */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              vi: string;
              en: string;
              unit: string;
              measuredBy: string;
              howVi: string;
              howEn: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/statistics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Số liệu chính của một năm so với chỉ tiêu (công khai, không chia theo địa bàn) */
    get: {
      parameters: {
        query: {
          /** @example 2026 */
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              year: number;
              period: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              indicators: components['schemas']['IndicatorStatistic'][];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/support-lines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các tuyến hỗ trợ doanh nghiệp đang nhận hồ sơ, mức hỗ trợ và phần của từng nguồn */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportLine'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/surveys/invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Phiếu khảo sát mở bằng đường dẫn đã ký gửi qua email (doanh nghiệp chưa đăng ký trên Sàn) */
    get: {
      parameters: {
        query: {
          token: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyForm'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programme/surveys/invitation/response': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Trả lời khảo sát bằng đường dẫn đã ký */
    put: {
      parameters: {
        query: {
          token: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            versionId: string;
            answers: {
              [key: string]: string | number | string[];
            };
            wardCode?: string;
            sector?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SurveyResponse'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Báo cáo vi phạm về một tin đăng hoặc doanh nghiệp (khách chưa đăng nhập cần nhập email để nhận kết quả) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description listing: tin đăng; enterprise: doanh nghiệp (gian hàng)
             * @enum {string}
             */
            targetKind: 'listing' | 'enterprise';
            /**
             * @description Địa chỉ, đường dẫn rút gọn hoặc mã của tin đăng / gian hàng
             * @example toi-ly-son
             */
            target: string;
            /**
             * @description counterfeit: hàng giả; prohibited: hàng cấm; misleading: thông tin sai lệch; fraud: lừa đảo; intellectual_property: xâm phạm sở hữu trí tuệ; offensive: nội dung phản cảm; other: khác
             * @enum {string}
             */
            reason: 'counterfeit' | 'prohibited' | 'misleading' | 'fraud' | 'intellectual_property' | 'offensive' | 'other';
            /** @description Mô tả vi phạm */
            details: string;
            /**
             * Format: email
             * @description Email nhận kết quả (bắt buộc khi chưa đăng nhập)
             */
            email?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: 'open';
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reviews/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Doanh nghiệp bán sản phẩm trả lời một đánh giá đã đăng (một lần) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @example Cảm ơn anh đã ủng hộ hợp tác xã. */
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Review'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rfqs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Yêu cầu báo giá đang mở (or `mine=true`: my own) */
    get: {
      parameters: {
        query?: {
          mine?: boolean;
          /** @description chỉ các yêu cầu thuộc những danh mục này (tối đa 50 id, cách nhau bằng dấu phẩy) */
          categoryIds?: string;
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                title: string;
                description: string;
                categoryId: string | null;
                quantity: number;
                unit: string;
                targetPrice: number | null;
                /** Format: date-time */
                deadline: string;
                /**
                 * @example open
                 * @example closed
                 * @example accepted
                 */
                status: string;
                acceptedQuoteId: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Đăng yêu cầu báo giá (RFQ) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            description: string;
            /** Format: uuid */
            categoryId?: string;
            quantity: number;
            unit: string;
            targetPrice?: number;
            /**
             * Format: date-time
             * @description quotes are taken until then
             */
            deadline: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              title: string;
              description: string;
              categoryId: string | null;
              quantity: number;
              unit: string;
              targetPrice: number | null;
              /** Format: date-time */
              deadline: string;
              /**
               * @example open
               * @example closed
               * @example accepted
               */
              status: string;
              acceptedQuoteId: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rfqs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Chi tiết yêu cầu báo giá; báo giá hiện cho người mua và cho doanh nghiệp đã báo giá */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              title: string;
              description: string;
              categoryId: string | null;
              quantity: number;
              unit: string;
              targetPrice: number | null;
              /** Format: date-time */
              deadline: string;
              /**
               * @example open
               * @example closed
               * @example accepted
               */
              status: string;
              acceptedQuoteId: string | null;
              /** Format: date-time */
              createdAt: string;
            } & {
              quoteCount: number;
              quotes: {
                /** Format: uuid */
                id: string;
                rfqId: string;
                enterpriseId: string;
                productId: string | null;
                unitPrice: number;
                quantity: number;
                total: number;
                message: string;
                /** Format: date-time */
                validUntil: string;
                /**
                 * @example open
                 * @example expired
                 * @example accepted
                 */
                status: string;
                /** Format: date-time */
                createdAt: string;
              }[];
              /** @description whether the caller posted this request (and may accept a quote) */
              mine: boolean;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rfqs/{id}/quotes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gửi báo giá (members of an approved enterprise) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            enterpriseId: string;
            /** Format: uuid */
            productId?: string;
            unitPrice: number;
            quantity: number;
            message: string;
            /**
             * Format: date-time
             * @description the quote can be accepted until then
             */
            validUntil: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              rfqId: string;
              enterpriseId: string;
              productId: string | null;
              unitPrice: number;
              quantity: number;
              total: number;
              message: string;
              /** Format: date-time */
              validUntil: string;
              /**
               * @example open
               * @example expired
               * @example accepted
               */
              status: string;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rfqs/{id}/quotes/{quoteId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Chấp nhận báo giá → đơn hàng theo giá đã báo (như POST /orders) */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path: {
          id: string;
          quoteId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            shippingAddress: {
              fullName: string;
              /** @example 0905123456 */
              phone: string;
              /** @example 51 */
              provinceCode: string;
              /** @example 21548 */
              wardCode: string;
              street: string;
            };
            /** @enum {string} */
            paymentMethod: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * Format: uuid
               * @description the checkout
               */
              id: string;
              total: number;
              orders: {
                /** Format: uuid */
                id: string;
                /** @example QNG-7K3F2 */
                code: string;
                /** Format: uuid */
                checkoutId: string;
                /** Format: uuid */
                buyerId: string;
                /** Format: uuid */
                enterpriseId: string;
                enterprise: {
                  id: string;
                  name: string;
                  slug: string;
                };
                /** @enum {string} */
                status:
                  | 'pending_payment'
                  | 'pending'
                  | 'confirmed'
                  | 'shipping'
                  | 'delivered'
                  | 'completed'
                  | 'cancelled'
                  | 'refunded';
                paymentMethod: string;
                items: {
                  /** Format: uuid */
                  productId: string | null;
                  name: string;
                  slug: string | null;
                  unit: string;
                  quantity: number;
                  /** @description đồng, VAT included */
                  unitPrice: number;
                  lineTotal: number;
                  /**
                   * @example 8
                   * @example KCT
                   */
                  vatCategory: string;
                }[];
                subtotal: number;
                shippingFee: number;
                total: number;
                /** @description VAT contained in the total */
                vatIncluded: number;
                shippingAddress: {
                  fullName: string;
                  phone: string;
                  provinceCode: string;
                  wardCode: string;
                  street: string;
                  provinceName: string;
                  wardName: string;
                };
                note: string | null;
                /** Format: uuid */
                quoteId: string | null;
                /** Format: date-time */
                paymentDueAt: string | null;
                /** Format: date-time */
                paidAt: string | null;
                /** Format: date-time */
                confirmedAt: string | null;
                /** Format: date-time */
                shippedAt: string | null;
                /** Format: date-time */
                deliveredAt: string | null;
                /** Format: date-time */
                completedAt: string | null;
                /** Format: date-time */
                cancelledAt: string | null;
                /** Format: date-time */
                refundedAt: string | null;
                cancelReason: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              payment: {
                /** @enum {string} */
                method: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
                /** @enum {string} */
                status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
                amount: number;
                vietqr?: {
                  /** @description NAPAS/EMVCo payload with CRC, to draw as a QR code */
                  payload: string;
                  /** @example 970436 */
                  bankBin: string;
                  bankName: string;
                  accountNo: string;
                  accountHolder: string;
                  /** @description đồng */
                  amount: number;
                  /** @example QNG-7K3F2 */
                  memo: string;
                  /** @description the QR code as a PNG image */
                  imageUrl: string;
                };
                redirectUrl?: string;
                clientSecret?: string;
                payments: {
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  method: 'cod' | 'bank_transfer' | 'vnpay' | 'stripe';
                  /** @enum {string} */
                  status: 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';
                  amount: number;
                  refundedAmount: number;
                  orderIds: string[];
                  /** Format: uuid */
                  payeeEnterpriseId: string | null;
                  vietqr?: {
                    /** @description NAPAS/EMVCo payload with CRC, to draw as a QR code */
                    payload: string;
                    /** @example 970436 */
                    bankBin: string;
                    bankName: string;
                    accountNo: string;
                    accountHolder: string;
                    /** @description đồng */
                    amount: number;
                    /** @example QNG-7K3F2 */
                    memo: string;
                    /** @description the QR code as a PNG image */
                    imageUrl: string;
                  };
                  redirectUrl?: string;
                  clientSecret?: string;
                  /** Format: date-time */
                  expiresAt: string | null;
                  /** Format: date-time */
                  paidAt: string | null;
                  /** Format: date-time */
                  latePaidAt: string | null;
                }[];
              };
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        502: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nhật ký gửi webhook của đối tác, mới nhất trước */
    get: {
      parameters: {
        query?: {
          /** @description Số mục mỗi trang (1–100) */
          limit?: number;
          /** @description Con trỏ trang tiếp theo (nextCursor) */
          cursor?: string;
          endpointId?: string;
          status?: 'pending' | 'delivered' | 'failed' | 'withheld';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                endpointId: string;
                /** Format: uuid */
                partnerId: string;
                /**
                 * Format: uuid
                 * @description The webhook’s id (`webhook-id` header, `id` in the body); the same on every retry
                 */
                eventId: string;
                eventType: string;
                /** @enum {string} */
                status: 'pending' | 'delivered' | 'failed' | 'withheld';
                attempts: number;
                replays: number;
                /** Format: date-time */
                nextAttemptAt: string | null;
                lastStatusCode: number | null;
                lastError: string | null;
                /** Format: date-time */
                deliveredAt: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/deliveries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một lần gửi webhook với các lần thử */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              endpointId: string;
              /** Format: uuid */
              partnerId: string;
              /**
               * Format: uuid
               * @description The webhook’s id (`webhook-id` header, `id` in the body); the same on every retry
               */
              eventId: string;
              eventType: string;
              /** @enum {string} */
              status: 'pending' | 'delivered' | 'failed' | 'withheld';
              attempts: number;
              replays: number;
              /** Format: date-time */
              nextAttemptAt: string | null;
              lastStatusCode: number | null;
              lastError: string | null;
              /** Format: date-time */
              deliveredAt: string | null;
              /** Format: date-time */
              createdAt: string;
            } & {
              /** @description The JSON body as sent: `{id, type, createdAt, data}` */
              body: string;
              attemptLog: {
                attempt: number;
                /** @enum {string} */
                trigger: 'schedule' | 'replay';
                /** Format: date-time */
                startedAt: string;
                durationMs: number;
                statusCode: number | null;
                error: string | null;
                responseExcerpt: string | null;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/endpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Các địa chỉ nhận webhook của đối tác */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                partnerId: string;
                url: string;
                description: string | null;
                eventTypes: (
                  | 'product.published'
                  | 'product.unpublished'
                  | 'enterprise.approved'
                  | 'enterprise.suspended'
                  | 'order.created'
                  | 'order.updated'
                )[];
                /** @enum {string} */
                status: 'enabled' | 'disabled';
                /** @description `failing` (by itself), `staff` or `partner` */
                disabledReason: string | null;
                /** Format: date-time */
                disabledAt: string | null;
                consecutiveFailures: number;
                /** Format: date-time */
                failingSince: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Đăng ký địa chỉ nhận webhook (register a webhook endpoint; the secret is shown only here) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description https; never a private, loopback or link-local address (checked again before every delivery)
             * @example https://doitac.example.vn/webhooks/tradeqn
             */
            url: string;
            /** @description `product.published`, `product.unpublished` (scope `catalog:read`); `enterprise.approved`, `enterprise.suspended` (`enterprises:read`); `order.created`, `order.updated` of orders the partner placed (`orders:write`) */
            eventTypes: (
              | 'product.published'
              | 'product.unpublished'
              | 'enterprise.approved'
              | 'enterprise.suspended'
              | 'order.created'
              | 'order.updated'
            )[];
            description?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              partnerId: string;
              url: string;
              description: string | null;
              eventTypes: (
                | 'product.published'
                | 'product.unpublished'
                | 'enterprise.approved'
                | 'enterprise.suspended'
                | 'order.created'
                | 'order.updated'
              )[];
              /** @enum {string} */
              status: 'enabled' | 'disabled';
              /** @description `failing` (by itself), `staff` or `partner` */
              disabledReason: string | null;
              /** Format: date-time */
              disabledAt: string | null;
              consecutiveFailures: number;
              /** Format: date-time */
              failingSince: string | null;
              /** Format: date-time */
              createdAt: string;
            } & {
              /** @description The signing secret (`whsec_…`), shown in this answer only: keep it */
              secret: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/endpoints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Một địa chỉ nhận webhook */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              partnerId: string;
              url: string;
              description: string | null;
              eventTypes: (
                | 'product.published'
                | 'product.unpublished'
                | 'enterprise.approved'
                | 'enterprise.suspended'
                | 'order.created'
                | 'order.updated'
              )[];
              /** @enum {string} */
              status: 'enabled' | 'disabled';
              /** @description `failing` (by itself), `staff` or `partner` */
              disabledReason: string | null;
              /** Format: date-time */
              disabledAt: string | null;
              consecutiveFailures: number;
              /** Format: date-time */
              failingSince: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Xoá địa chỉ nhận webhook (và nhật ký gửi của nó) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Sửa, tắt hoặc bật địa chỉ nhận webhook */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description https; never a private, loopback or link-local address (checked again before every delivery)
             * @example https://doitac.example.vn/webhooks/tradeqn
             */
            url?: string;
            /** @description `product.published`, `product.unpublished` (scope `catalog:read`); `enterprise.approved`, `enterprise.suspended` (`enterprises:read`); `order.created`, `order.updated` of orders the partner placed (`orders:write`) */
            eventTypes?: (
              | 'product.published'
              | 'product.unpublished'
              | 'enterprise.approved'
              | 'enterprise.suspended'
              | 'order.created'
              | 'order.updated'
            )[];
            description?: string;
            /** @description false turns the endpoint off; true on again */
            enabled?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              partnerId: string;
              url: string;
              description: string | null;
              eventTypes: (
                | 'product.published'
                | 'product.unpublished'
                | 'enterprise.approved'
                | 'enterprise.suspended'
                | 'order.created'
                | 'order.updated'
              )[];
              /** @enum {string} */
              status: 'enabled' | 'disabled';
              /** @description `failing` (by itself), `staff` or `partner` */
              disabledReason: string | null;
              /** Format: date-time */
              disabledAt: string | null;
              consecutiveFailures: number;
              /** Format: date-time */
              failingSince: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Problem'];
          };
        };
      };
    };
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tiến trình còn sống (process alive) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/media/public/{*}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ảnh công khai (logo, ảnh bìa, ảnh sản phẩm) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          '*': string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sẵn sàng phục vụ: cơ sở dữ liệu và các dịch vụ phụ trợ trả lời (ready) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              status: 'ok' | 'unavailable';
              checks: {
                [key: string]: 'ok' | string;
              };
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              status: 'ok' | 'unavailable';
              checks: {
                [key: string]: 'ok' | string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tls/ask': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Cấp chứng chỉ TLS cho tên miền riêng? (Caddy on-demand TLS)
     * @description 200 khi tên miền (hoặc `www.`) là tên miền riêng đã được Sở xác minh của một doanh nghiệp đang hoạt động; 404 nếu không.
     */
    get: {
      parameters: {
        query: {
          domain: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/verify-email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liên kết xác nhận email trong thư: chuyển tới trang /xac-minh-email (verification link) */
    get: {
      parameters: {
        query: {
          token: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Banner: {
      /** Format: uuid */
      id: string;
      /**
       * @description home_top (đầu trang chủ), category_side (cạnh trang danh mục), search_results (sản phẩm tài trợ trong kết quả tìm kiếm), product_page (trang sản phẩm)
       * @example home_top
       * @enum {string}
       */
      slot: 'home_top' | 'category_side' | 'search_results' | 'product_page';
      /** @description Nội dung quảng cáo, cũng là chữ thay thế của ảnh */
      title: string;
      /** @description Ảnh gốc đã lưu (để xem trước); trang hiển thị dùng imageUrl của vị trí */
      imageUrl: string | null;
      imageWidth: number | null;
      imageHeight: number | null;
      /** @enum {string} */
      targetKind: 'path' | 'external' | 'product';
      /** @example /danh-muc/nong-san */
      target: string | null;
      /** @description Cán bộ đã duyệt địa chỉ bên ngoài */
      targetApprovedBy: string | null;
      /** Format: date-time */
      targetApprovedAt: string | null;
      productId: string | null;
      enterpriseId: string | null;
      enterpriseName: string | null;
      campaign: string | null;
      weight: number;
      /**
       * Format: date-time
       * @example 2026-12-01T00:00:00.000Z
       */
      startsAt: string;
      /**
       * Format: date-time
       * @example 2026-12-01T00:00:00.000Z
       */
      endsAt: string;
      /** @enum {string} */
      status: 'active' | 'paused' | 'archived';
      /**
       * @description Trạng thái lúc này: đã lên lịch, đang chạy, đã hết hạn, tạm dừng, lưu trữ, chưa có ảnh
       * @enum {string}
       */
      state: 'scheduled' | 'running' | 'ended' | 'paused' | 'archived' | 'no_image';
      /**
       * Format: date-time
       * @example 2026-12-01T00:00:00.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-12-01T00:00:00.000Z
       */
      updatedAt: string;
    };
    CategoryNode: {
      /** Format: uuid */
      id: string;
      /** @example nong-san */
      slug: string;
      /** @example Nông sản */
      name: string;
      children: components['schemas']['CategoryNode'][];
    };
    Complaint: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      orderId: string;
      /** @example QNG-7K3F2 */
      orderCode: string;
      /** @description đồng */
      orderTotal: number;
      /** Format: uuid */
      buyerId: string;
      enterprise: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      /**
       * @description not_received: chưa nhận hàng · damaged: hư hỏng · not_as_described: không đúng mô tả · wrong_item: giao nhầm hàng · other: khác
       * @enum {string}
       */
      reason: 'not_received' | 'damaged' | 'not_as_described' | 'wrong_item' | 'other';
      text: string;
      /**
       * @description open: chờ doanh nghiệp trả lời · answered: đã trả lời · mediation: Sở hoà giải · closed: đã đóng
       * @enum {string}
       */
      status: 'open' | 'answered' | 'mediation' | 'closed';
      /** Format: date-time */
      answerDueAt: string;
      answer: string | null;
      /** Format: date-time */
      answeredAt: string | null;
      /** @enum {string|null} */
      mediationBy: 'buyer' | 'seller' | 'system' | null;
      /** Format: date-time */
      mediationAt: string | null;
      /** @enum {string|null} */
      outcome: 'refund' | 'return' | 'rejected' | 'accepted' | 'withdrawn' | null;
      resolution: string | null;
      /** @description đồng, khi kết quả là hoàn tiền */
      refundAmount: number | null;
      /** @description số tiền thanh toán đã mở hoàn (0 khi đơn chưa được thanh toán) */
      refundedAmount: number | null;
      /** Format: date-time */
      closedAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    DataBreach: {
      /** Format: uuid */
      id: string;
      title: string;
      description: string;
      dataCategories: string;
      peopleAffected: number | null;
      measures: string;
      /**
       * @description open: chưa thông báo cơ quan chức năng · notified: đã thông báo · closed: đã khép hồ sơ
       * @enum {string}
       */
      status: 'open' | 'notified' | 'closed';
      /** Format: date-time */
      discoveredAt: string;
      /** Format: date-time */
      deadlineAt: string;
      /** @description đến hạn 72 giờ; âm khi đã quá hạn (khi đã thông báo: còn lại lúc thông báo) */
      remainingSeconds: number;
      isOverdue: boolean;
      /** Format: date-time */
      authorityNotifiedAt: string | null;
      authorityReference: string | null;
      isWithinDeadline: boolean | null;
      /** Format: date-time */
      subjectsNotifiedAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
      closingNote: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    DataRequest: {
      /** Format: uuid */
      id: string;
      /**
       * @description access: xem dữ liệu · correct: sửa · restrict: hạn chế xử lý · object: phản đối xử lý · other: khác (xoá tài khoản: DELETE /me)
       * @enum {string}
       */
      kind: 'access' | 'correct' | 'restrict' | 'object' | 'other';
      text: string;
      /** @enum {string} */
      status: 'open' | 'done' | 'rejected';
      /** Format: date-time */
      dueAt: string;
      isOverdue: boolean;
      answer: string | null;
      /** Format: date-time */
      answeredAt: string | null;
      /** Format: date-time */
      createdAt: string;
      person?: {
        id: string;
        email: string;
        fullName: string;
      };
    };
    Enterprise: {
      /** Format: uuid */
      id: string;
      /** @example hop-tac-xa-toi-ly-son */
      slug: string;
      name: string;
      /**
       * @description company: công ty · cooperative: hợp tác xã · household: hộ kinh doanh · individual: cá nhân kinh doanh
       * @enum {string}
       */
      type: 'company' | 'cooperative' | 'household' | 'individual';
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected' | 'suspended';
      /** @description Mã số thuế (thông tin người bán luật định); null với cá nhân kinh doanh */
      taxCode: string | null;
      businessRegNumber: string | null;
      representative: string;
      phone: string;
      email: string;
      address: {
        provinceCode: string;
        /** @example Quảng Ngãi */
        provinceName: string;
        wardCode: string;
        /** @example Đặc khu Lý Sơn */
        wardName: string;
        street: string;
      };
      location: {
        /** @example 15.38 */
        latitude: number;
        /** @example 109.12 */
        longitude: number;
      } | null;
      sectors: string[];
      description: string | null;
      introduction: string | null;
      website: string | null;
      customDomain: string | null;
      /**
       * Format: date-time
       * @description Khi cán bộ Sở xác minh tên miền riêng; chỉ tên miền đã xác minh mở gian hàng
       */
      customDomainVerifiedAt: string | null;
      logoUrl: string | null;
      coverUrl: string | null;
      isExportReady: boolean;
      /** Format: date-time */
      verifiedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description Số định danh cá nhân của cá nhân kinh doanh (chủ gian hàng và cán bộ Sở) */
      citizenId?: string | null;
      statusReason?: string | null;
      businessRegDate?: string | null;
      businessRegPlace?: string | null;
      licence?: {
        number: string;
        date: string;
        issuer: string;
      } | null;
      bankAccount?: {
        bankBin: string;
        bankName: string;
        accountNo: string;
        accountHolder: string;
      } | null;
      version?: number;
      /** Format: date-time */
      submittedAt?: string;
      /** Format: date-time */
      updatedAt?: string;
      myRole?: ('owner' | 'staff') | null;
    };
    IndicatorStatistic: {
      /**
       * @description mã chỉ tiêu
       * @enum {string}
       */
      code:
        | 'aware_officials'
        | 'aware_enterprises'
        | 'trading_online'
        | 'use_email'
        | 'have_website'
        | 'sell_on_exchanges'
        | 'management_software'
        | 'cashless_retail'
        | 'electronic_channel'
        | 'students_trained'
        | 'cashless_orders'
        | 'own_domain_storefronts'
        | 'province_enterprises';
      name: string;
      nameEn: string;
      /** @enum {string} */
      unit: 'percent' | 'count';
      /** @enum {string} */
      measuredBy: 'platform' | 'survey' | 'training' | 'reference';
      how: string;
      howEn: string;
      /** @description tỷ lệ % (1 chữ số thập phân) hoặc số đếm; null khi chưa có số liệu */
      value: number | null;
      numerator: number | null;
      denominator: number | null;
      target: number | null;
      /** @description đã đạt chỉ tiêu; null khi thiếu số liệu hoặc chỉ tiêu */
      isMet: boolean | null;
      /** @description nguồn của số liệu nhập tay */
      source: string | null;
      byWard: {
        /** @description mã phường/xã, hoặc ngành hàng */
        key: string;
        label: string;
        /** @description số doanh nghiệp (hoặc số đơn) của nhóm */
        count: number;
        /** @description mẫu số của nhóm, khi chỉ tiêu là tỷ lệ trong Sàn */
        total: number | null;
      }[];
      bySector: {
        /** @description mã phường/xã, hoặc ngành hàng */
        key: string;
        label: string;
        /** @description số doanh nghiệp (hoặc số đơn) của nhóm */
        count: number;
        /** @description mẫu số của nhóm, khi chỉ tiêu là tỷ lệ trong Sàn */
        total: number | null;
      }[];
    };
    Order: {
      /** Format: uuid */
      id: string;
      /** @example QNG-7K3F2 */
      code: string;
      /** Format: uuid */
      checkoutId: string;
      /** Format: uuid */
      buyerId: string;
      /** Format: uuid */
      enterpriseId: string;
      enterprise: {
        id: string;
        name: string;
        slug: string;
      };
      /** @enum {string} */
      status: 'pending_payment' | 'pending' | 'confirmed' | 'shipping' | 'delivered' | 'completed' | 'cancelled' | 'refunded';
      paymentMethod: string;
      items: {
        /** Format: uuid */
        productId: string | null;
        name: string;
        slug: string | null;
        unit: string;
        quantity: number;
        /** @description đồng, VAT included */
        unitPrice: number;
        lineTotal: number;
        /**
         * @example 8
         * @example KCT
         */
        vatCategory: string;
      }[];
      subtotal: number;
      shippingFee: number;
      total: number;
      /** @description VAT contained in the total */
      vatIncluded: number;
      shippingAddress: {
        fullName: string;
        phone: string;
        provinceCode: string;
        wardCode: string;
        street: string;
        provinceName: string;
        wardName: string;
      };
      note: string | null;
      /** Format: uuid */
      quoteId: string | null;
      /** Format: date-time */
      paymentDueAt: string | null;
      /** Format: date-time */
      paidAt: string | null;
      /** Format: date-time */
      confirmedAt: string | null;
      /** Format: date-time */
      shippedAt: string | null;
      /** Format: date-time */
      deliveredAt: string | null;
      /** Format: date-time */
      completedAt: string | null;
      /** Format: date-time */
      cancelledAt: string | null;
      /** Format: date-time */
      refundedAt: string | null;
      cancelReason: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    PolicyDocument: {
      /**
       * @description văn bản: quy chế hoạt động hoặc một chính sách
       * @enum {string}
       */
      slug:
        | 'quy-che-hoat-dong'
        | 'kiem-hang'
        | 'doi-tra'
        | 'giao-hang'
        | 'thanh-toan'
        | 'bao-mat'
        | 'kiem-duyet-danh-gia'
        | 'xep-hang-tim-kiem';
      title: string;
      titleEn: string;
      inForce: components['schemas']['PolicyVersionSummary'];
      upcoming: components['schemas']['PolicyVersionSummary'] | null;
    };
    PolicyVersion: {
      /**
       * @description văn bản: quy chế hoạt động hoặc một chính sách
       * @enum {string}
       */
      slug:
        | 'quy-che-hoat-dong'
        | 'kiem-hang'
        | 'doi-tra'
        | 'giao-hang'
        | 'thanh-toan'
        | 'bao-mat'
        | 'kiem-duyet-danh-gia'
        | 'xep-hang-tim-kiem';
      title: string;
      titleEn: string;
      version: number;
      /** @description những gì thay đổi so với phiên bản trước */
      summary: string;
      /**
       * Format: date
       * @description ngày áp dụng (giờ Việt Nam)
       */
      effectiveFrom: string;
      /**
       * Format: date-time
       * @description lúc công bố (thông báo bắt đầu từ đây)
       */
      publishedAt: string;
      /**
       * @description in-force: đang áp dụng · upcoming: đã công bố, chưa đến ngày áp dụng · superseded: đã được thay thế
       * @enum {string}
       */
      status: 'in-force' | 'upcoming' | 'superseded';
      /** @description nội dung tiếng Việt (bản có giá trị) */
      body: string;
      /** @description bản dịch tiếng Anh, nếu có */
      bodyEn: string | null;
      /** @description khác biệt với phiên bản trước, theo dòng (null với phiên bản đầu) */
      changes:
        | {
            /** @enum {string} */
            kind: 'same' | 'added' | 'removed';
            lines: string[];
          }[]
        | null;
      /** @description khác biệt của bản tiếng Anh, khi cả hai có */
      changesEn:
        | {
            /** @enum {string} */
            kind: 'same' | 'added' | 'removed';
            lines: string[];
          }[]
        | null;
    };
    PolicyVersionSummary: {
      /**
       * @description văn bản: quy chế hoạt động hoặc một chính sách
       * @enum {string}
       */
      slug:
        | 'quy-che-hoat-dong'
        | 'kiem-hang'
        | 'doi-tra'
        | 'giao-hang'
        | 'thanh-toan'
        | 'bao-mat'
        | 'kiem-duyet-danh-gia'
        | 'xep-hang-tim-kiem';
      title: string;
      titleEn: string;
      version: number;
      /** @description những gì thay đổi so với phiên bản trước */
      summary: string;
      /**
       * Format: date
       * @description ngày áp dụng (giờ Việt Nam)
       */
      effectiveFrom: string;
      /**
       * Format: date-time
       * @description lúc công bố (thông báo bắt đầu từ đây)
       */
      publishedAt: string;
      /**
       * @description in-force: đang áp dụng · upcoming: đã công bố, chưa đến ngày áp dụng · superseded: đã được thay thế
       * @enum {string}
       */
      status: 'in-force' | 'upcoming' | 'superseded';
    };
    /** @description RFC 9457 problem details (application/problem+json) */
    Problem: {
      /**
       * Format: uri
       * @example https://tradequangngai.com.vn/problems/validation-failed
       */
      type: string;
      /** @example Dữ liệu gửi lên không hợp lệ */
      title: string;
      /** @example 400 */
      status: number;
      /** @example HTTP_VALIDATION_FAILED */
      code: string;
      detail?: string;
      instance?: string;
      requestId?: string;
      errors?: {
        path: string;
        message: string;
      }[];
    };
    Product: {
      /** Format: uuid */
      id: string;
      /** @example toi-ly-son-co-don */
      slug: string;
      name: string;
      description: string;
      price: number;
      unit: string;
      stock: number;
      minOrderQty: number;
      wholesaleTiers: {
        /**
         * @description Mua từ số lượng này
         * @example 10
         */
        minQty: number;
        /**
         * @description Đơn giá (đồng) khi mua từ minQty
         * @example 320000
         */
        price: number;
      }[];
      images: string[];
      /** @description Chỉ hiện khi cán bộ đã xác minh và chứng nhận còn hạn */
      ocopStars: number | null;
      origin: string | null;
      /** @enum {string} */
      status: 'draft' | 'pending_review' | 'approved' | 'rejected' | 'hidden';
      enterprise: {
        id: string;
        slug: string;
        name: string;
      };
      category: {
        id: string;
        slug: string;
        name: string;
      };
      label: {
        manufacturer: string | null;
        netQuantity: string | null;
        ingredients: string | null;
        storage: string | null;
        warnings: string | null;
      };
      vatCategory: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      rating: {
        /** @example 4.5 */
        average: number | null;
        count: number;
      };
      statusReason?: string | null;
      flaggedKeywords?: string[];
      licence?: {
        number: string | null;
        issuer: string | null;
        issuedOn: string | null;
      } | null;
      ocop?: {
        stars: number;
        certificateNo: string | null;
        issuer: string | null;
        issuedOn: string | null;
        expiresOn: string | null;
        isVerified: boolean;
      } | null;
      version?: number;
    };
    ProductCard: {
      id: string;
      slug: string;
      name: string;
      price: number;
      unit: string;
      minOrderQty: number;
      /** @description Giá sỉ thấp nhất */
      wholesaleFrom: number | null;
      image: string | null;
      ocopStars: number | null;
      enterprise: {
        id: string;
        slug: string;
        name: string;
      };
      category: {
        id: string;
        slug: string;
        name: string;
      };
      wardCode: string;
    };
    ProgrammeContent: {
      /** Format: uuid */
      id: string;
      /**
       * @description news: tin tức · announcement: thông báo · handbook: chương sổ tay TMĐT · legal: văn bản pháp luật · trade: cơ hội giao thương
       * @enum {string}
       */
      kind: 'news' | 'announcement' | 'handbook' | 'legal' | 'trade';
      /**
       * @description draft: bản nháp · in_review: chờ duyệt · published: đã duyệt đăng
       * @enum {string}
       */
      state: 'draft' | 'in_review' | 'published';
      title: string;
      slug: string;
      /**
       * @description đường dẫn trang công khai
       * @example /tin-tuc/hoi-nghi-tmdt-2025
       */
      path: string;
      summary: string;
      /** @description HTML đã được làm sạch trên máy chủ (danh sách thẻ cho phép) */
      bodyHtml: string;
      metaTitle: string | null;
      metaDescription: string | null;
      ogImage: string | null;
      chapter: number | null;
      docNumber: string | null;
      issuingBody: string | null;
      /** Format: date */
      issuedOn: string | null;
      /** Format: date */
      effectiveOn: string | null;
      /** @description tệp PDF của văn bản, nếu đã tải lên */
      fileName: string | null;
      /**
       * @description buy: cần mua · sell: cần bán
       * @enum {string|null}
       */
      offerType: 'buy' | 'sell' | null;
      product: string | null;
      quantity: string | null;
      contact: string | null;
      /** Format: date */
      expiresOn: string | null;
      /** Format: uuid */
      authorId: string;
      contributors: string[];
      reviewComment: string | null;
      /**
       * Format: date-time
       * @description thời điểm hiện công khai (có thể hẹn trước)
       */
      publishAt: string | null;
      /** Format: uuid */
      publishedBy: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ProgrammePeriod: {
      /** Format: uuid */
      id: string;
      name: string;
      startYear: number;
      endYear: number;
      note: string | null;
      targets: {
        /**
         * @description mã chỉ tiêu
         * @enum {string}
         */
        indicator:
          | 'aware_officials'
          | 'aware_enterprises'
          | 'trading_online'
          | 'use_email'
          | 'have_website'
          | 'sell_on_exchanges'
          | 'management_software'
          | 'cashless_retail'
          | 'electronic_channel'
          | 'students_trained'
          | 'cashless_orders'
          | 'own_domain_storefronts'
          | 'province_enterprises';
        /** @description null: cả giai đoạn */
        year: number | null;
        value: number;
      }[];
    };
    Questionnaire: {
      /** Format: uuid */
      id: string;
      title: string;
      latest: components['schemas']['QuestionnaireVersion'];
      versions: {
        /** Format: uuid */
        id: string;
        version: number;
        note: string | null;
        createdAt: string;
      }[];
    };
    QuestionnaireVersion: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      questionnaireId: string;
      version: number;
      questions: {
        key: string;
        text: string;
        kind: 'single' | 'multiple' | 'number' | 'text';
        required: boolean;
        options?: {
          /** @description What the answer stores */
          value: string;
          label: string;
        }[];
        min?: number;
        max?: number;
        feeds?: {
          indicator: string;
          options: string[];
        };
      }[];
      note: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    Registration: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      eventId: string;
      fullName: string;
      email: string;
      phone: string | null;
      organisation: string | null;
      /** Format: date-time */
      attendedAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    Report: {
      /** Format: uuid */
      id: string;
      target: components['schemas']['TrustTarget'];
      /** @enum {string} */
      reason: 'counterfeit' | 'prohibited' | 'misleading' | 'fraud' | 'intellectual_property' | 'offensive' | 'other';
      details: string;
      /** Format: email */
      reporterEmail: string;
      /** @description Người báo cáo đã đăng nhập */
      isSignedIn: boolean;
      /** @enum {string} */
      status: 'open' | 'dismissed' | 'actioned';
      /** Format: date-time */
      decidedAt: string | null;
      decisionNote: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    Review: {
      /** Format: uuid */
      id: string;
      product: {
        /** Format: uuid */
        id: string;
        slug: string;
        name: string;
      };
      stars: number;
      body: string;
      /**
       * @description Tên người mua, viết tắt (N. V. An)
       * @example N. V. An
       */
      authorName: string;
      /** @enum {string} */
      status: 'pending' | 'published' | 'rejected';
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      publishedAt: string | null;
      answer: {
        body: string;
        /** Format: date-time */
        answeredAt: string;
      } | null;
      statusReason?: string | null;
      flaggedKeywords?: string[];
    };
    SupportApplication: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      enterpriseId: string;
      enterpriseName: string;
      lineCode: string;
      lineNameVi: string;
      lineNameEn: string;
      year: number;
      /**
       * @description submitted: đã nộp · needs_more_info: cần bổ sung · resubmitted: đã bổ sung · approved: đã duyệt · rejected: từ chối · paid: đã giải ngân
       * @enum {string}
       */
      status: 'submitted' | 'needs_more_info' | 'resubmitted' | 'approved' | 'rejected' | 'paid';
      amount: number;
      provincialShare: number;
      centralShare: number;
      enterpriseShare: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      description: string;
      rejectionReason: string | null;
      payment: {
        /** @description số tiền đã chi (đồng) */
        amount: number;
        /** Format: date */
        paidOn: string;
        reference: string;
      } | null;
      documents: {
        /** Format: uuid */
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        /** Format: date-time */
        uploadedAt: string;
      }[];
      history: {
        /** @enum {string} */
        action: 'submit' | 'ask_more' | 'answer' | 'approve' | 'reject' | 'pay';
        /** @enum {string|null} */
        fromStatus: 'submitted' | 'needs_more_info' | 'resubmitted' | 'approved' | 'rejected' | 'paid' | null;
        /** @enum {string} */
        toStatus: 'submitted' | 'needs_more_info' | 'resubmitted' | 'approved' | 'rejected' | 'paid';
        message: string | null;
        byStaff: boolean;
        /** Format: date-time */
        at: string;
      }[];
    };
    SupportApplicationSummary: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      enterpriseId: string;
      enterpriseName: string;
      lineCode: string;
      lineNameVi: string;
      lineNameEn: string;
      year: number;
      /**
       * @description submitted: đã nộp · needs_more_info: cần bổ sung · resubmitted: đã bổ sung · approved: đã duyệt · rejected: từ chối · paid: đã giải ngân
       * @enum {string}
       */
      status: 'submitted' | 'needs_more_info' | 'resubmitted' | 'approved' | 'rejected' | 'paid';
      amount: number;
      provincialShare: number;
      centralShare: number;
      enterpriseShare: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    SupportBudgetYear: {
      year: number;
      sources: {
        /**
         * @description provincial: ngân sách tỉnh · central: ngân sách trung ương · enterprise: doanh nghiệp đối ứng
         * @enum {string}
         */
        source: 'provincial' | 'central' | 'enterprise';
        /** @description kế hoạch */
        planned: number;
        /** @description đã cam kết: hồ sơ đã duyệt và đã chi */
        committed: number;
        /** @description đã giải ngân */
        paid: number;
        /** @description còn lại = kế hoạch − đã cam kết */
        available: number;
      }[];
      total: {
        planned: number;
        committed: number;
        paid: number;
        available: number;
      };
    };
    SupportLine: {
      /** @example website */
      code: string;
      nameVi: string;
      nameEn: string;
      descriptionVi: string;
      descriptionEn: string;
      /** @description mức hỗ trợ một doanh nghiệp (đồng) */
      amount: number;
      /** @description phần ngân sách tỉnh */
      provincialShare: number;
      /** @description phần ngân sách trung ương */
      centralShare: number;
      /** @description phần doanh nghiệp đối ứng */
      enterpriseShare: number;
      isActive: boolean;
      position: number;
    };
    SurveyForm: {
      round: components['schemas']['SurveyRound'];
      version: components['schemas']['QuestionnaireVersion'];
      response: components['schemas']['SurveyResponse'] | null;
      respondent: {
        name: string;
        wardCode: string | null;
        sector: string | null;
      };
    };
    SurveyResponse: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      roundId: string;
      /** Format: uuid */
      versionId: string;
      version: number;
      enterpriseId: string | null;
      respondentName: string;
      wardCode: string | null;
      sector: string | null;
      answers: {
        [key: string]: string | number | string[];
      };
      /** Format: date-time */
      submittedAt: string;
    };
    SurveyRound: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      questionnaireId: string;
      questionnaireTitle: string;
      year: number;
      title: string;
      /** Format: date-time */
      closesAt: string;
      isOpen: boolean;
      remindEveryDays: number;
      invited: number;
      answered: number;
      /** Format: date-time */
      createdAt: string;
    };
    SurveyRoundResults: {
      round: components['schemas']['SurveyRound'];
      questions: {
        key: string;
        text: string;
        kind: string;
        answered: number;
        options: {
          value: string;
          label: string;
          count: number;
        }[];
        mean: number | null;
        texts: string[];
      }[];
      indicators: {
        indicator: string;
        numerator: number;
        denominator: number;
        value: number | null;
        byWard: {
          key: string;
          label: string;
          count: number;
          total: number | null;
        }[];
        bySector: {
          key: string;
          label: string;
          count: number;
          total: number | null;
        }[];
      }[];
      invitations: {
        /** Format: uuid */
        id: string;
        name: string;
        email: string;
        registered: boolean;
        mailsSent: number;
        lastMailedAt: string | null;
        answered: boolean;
      }[];
    };
    Takedown: {
      /** Format: uuid */
      id: string;
      /** @example 125/QLTT-PC */
      documentNumber: string;
      /**
       * Format: date
       * @example 2026-12-05
       */
      documentDate: string;
      /** @example Cục Quản lý thị trường tỉnh Quảng Ngãi */
      issuer: string;
      target: components['schemas']['TrustTarget'];
      requestedAction: string;
      legalBasis: string;
      /** @enum {string} */
      status: 'open' | 'removed' | 'closed';
      /** Format: date-time */
      receivedAt: string;
      /**
       * Format: date-time
       * @description Hạn xử lý: 24 giờ kể từ khi nhận
       */
      deadlineAt: string;
      /** @description Số giây còn lại đến hạn lúc trả lời (âm khi đã quá hạn); với yêu cầu đã xử lý: tính đến lúc xử lý */
      remainingSeconds: number;
      /** @description Quá 24 giờ mà chưa xử lý, hoặc đã xử lý sau hạn */
      isOverdue: boolean;
      /** Format: date-time */
      escalated12At: string | null;
      /** Format: date-time */
      escalated20At: string | null;
      /** Format: date-time */
      actedAt: string | null;
      /** @description Căn cứ pháp lý khi gỡ bỏ, hoặc lý do đóng không xử lý */
      actionNote: string | null;
      isWithinDeadline: boolean | null;
      /** Format: date-time */
      createdAt: string;
    };
    TrainingEvent: {
      /** Format: uuid */
      id: string;
      /**
       * @description training: khoá đào tạo · workshop: hội thảo · fair: hội chợ
       * @enum {string}
       */
      kind: 'training' | 'workshop' | 'fair';
      title: string;
      description: string;
      /**
       * @description officials: cán bộ · enterprises: doanh nghiệp · students: sinh viên
       * @enum {string}
       */
      audience: 'officials' | 'enterprises' | 'students';
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      place: string | null;
      onlineUrl: string | null;
      capacity: number;
      registeredCount: number;
      seatsLeft: number;
      /** @description còn nhận đăng ký: chưa bắt đầu và còn chỗ */
      isOpen: boolean;
    };
    TrustTarget: {
      /** @enum {string} */
      kind: 'listing' | 'enterprise';
      /** Format: uuid */
      id: string;
      /** @example Tỏi Lý Sơn */
      name: string;
      /** @example toi-ly-son */
      slug: string;
      /**
       * Format: uuid
       * @description Doanh nghiệp bán (hoặc chính doanh nghiệp)
       */
      enterpriseId: string;
      /**
       * @description Địa chỉ công khai trên sàn
       * @example /san-pham/toi-ly-son
       */
      path: string;
    };
    User: {
      /** Format: uuid */
      id: string;
      /**
       * Format: email
       * @example nguyenvana@example.vn
       */
      email: string;
      /** @example Nguyễn Văn A */
      fullName: string;
      /** @example 0912345678 */
      phone: string | null;
      /**
       * @example [
       *       "consumer"
       *     ]
       */
      roles: string[];
      emailVerified: boolean;
      /** Format: date-time */
      createdAt: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
