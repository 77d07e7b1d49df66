-- The survey of enterprises' use of e-commerce as the exchange ships it (version 1): staff change it
-- by writing a new version; the questions marked "feeds" measure the programme's survey indicators.
WITH questionnaire AS (
  INSERT INTO "programme"."questionnaires" ("title")
  VALUES ('Khảo sát tình hình ứng dụng thương mại điện tử của doanh nghiệp')
  RETURNING "id"
)
INSERT INTO "programme"."questionnaire_versions" ("questionnaire_id", "version", "questions", "note")
SELECT "id", 1, $json$[
  {"key": "aware_ecommerce", "text": "Doanh nghiệp đã tìm hiểu về thương mại điện tử (lợi ích, cách bán hàng trực tuyến, quy định pháp luật) chưa?", "kind": "single", "required": true,
   "options": [{"value": "yes", "label": "Đã tìm hiểu"}, {"value": "no", "label": "Chưa tìm hiểu"}],
   "feeds": {"indicator": "aware_enterprises", "options": ["yes"]}},
  {"key": "use_email", "text": "Doanh nghiệp có dùng thư điện tử trong giao dịch với khách hàng, đối tác không?", "kind": "single", "required": true,
   "options": [{"value": "yes", "label": "Có"}, {"value": "no", "label": "Không"}],
   "feeds": {"indicator": "use_email", "options": ["yes"]}},
  {"key": "online_channels", "text": "Doanh nghiệp đang bán hàng qua những kênh trực tuyến nào?", "kind": "multiple", "required": true,
   "options": [{"value": "website", "label": "Website của doanh nghiệp"}, {"value": "exchange", "label": "Sàn giao dịch TMĐT (Sàn của tỉnh, Shopee, Lazada, Tiki…)"}, {"value": "social", "label": "Mạng xã hội (Facebook, Zalo, TikTok…)"}, {"value": "app", "label": "Ứng dụng di động"}, {"value": "none", "label": "Chưa bán hàng trực tuyến"}],
   "feeds": {"indicator": "sell_on_exchanges", "options": ["exchange"]}},
  {"key": "management_software", "text": "Doanh nghiệp dùng những phần mềm quản lý nào?", "kind": "multiple", "required": true,
   "options": [{"value": "accounting", "label": "Kế toán"}, {"value": "sales", "label": "Quản lý bán hàng"}, {"value": "inventory", "label": "Quản lý kho"}, {"value": "crm", "label": "Quản lý khách hàng (CRM)"}, {"value": "erp", "label": "Quản trị tổng thể (ERP)"}, {"value": "none", "label": "Chưa dùng phần mềm quản lý"}],
   "feeds": {"indicator": "management_software", "options": ["accounting", "sales", "inventory", "crm", "erp"]}},
  {"key": "cashless", "text": "Doanh nghiệp có nhận thanh toán không dùng tiền mặt (chuyển khoản, QR, thẻ, ví điện tử) không?", "kind": "single", "required": false,
   "options": [{"value": "yes", "label": "Có"}, {"value": "no", "label": "Không"}]},
  {"key": "employees", "text": "Số lao động của doanh nghiệp", "kind": "number", "required": false, "min": 0, "max": 100000},
  {"key": "online_revenue_share", "text": "Tỷ lệ doanh thu từ các kênh trực tuyến năm qua (%)", "kind": "number", "required": false, "min": 0, "max": 100},
  {"key": "support_needed", "text": "Doanh nghiệp cần Sở Công Thương hỗ trợ gì về thương mại điện tử?", "kind": "text", "required": false}
]$json$::jsonb, 'Phiếu khảo sát ban đầu của Sàn'
FROM questionnaire;
