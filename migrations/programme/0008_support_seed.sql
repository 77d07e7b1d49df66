-- The programme's support lines and its first support budget plan (Chương trình phát triển thương mại điện tử tỉnh Quảng Ngãi
-- giai đoạn 2016–2020: 6.755 triệu đồng = 4.945 ngân sách tỉnh + 660 ngân sách trung ương + 1.150 doanh nghiệp đối ứng).
-- The lines' amounts and splits, and the plan's yearly rows, are working figures for the Department to confirm: each source's
-- years add up exactly to its total. Amounts in đồng.
INSERT INTO "programme"."support_lines"
  ("code", "name_vi", "name_en", "description_vi", "description_en", "amount", "provincial_share", "central_share", "enterprise_share", "position")
VALUES
  ('website', 'Xây dựng website thương mại điện tử', 'An e-commerce website',
   'Hỗ trợ doanh nghiệp xây dựng website có chức năng đặt hàng trực tuyến.', 'Support for building a website that takes orders online.',
   30000000, 15000000, 5000000, 10000000, 1),
  ('online_marketing', 'Tiếp thị trực tuyến', 'Online marketing',
   'Hỗ trợ quảng bá sản phẩm, thương hiệu trên môi trường trực tuyến.', 'Support for promoting products and brands online.',
   20000000, 10000000, 4000000, 6000000, 2),
  ('domain_email', 'Thư điện tử tên miền riêng', 'Own-domain e-mail',
   'Hỗ trợ đăng ký tên miền và hộp thư điện tử theo tên miền của doanh nghiệp.', 'Support for a domain name and e-mail on the enterprise''s own domain.',
   6000000, 3000000, 1000000, 2000000, 3),
  ('national_exchanges', 'Tham gia sàn giao dịch TMĐT quốc gia', 'Joining national e-commerce exchanges',
   'Hỗ trợ phí tham gia, mở gian hàng trên các sàn giao dịch thương mại điện tử quốc gia.', 'Support for the fees of joining and opening a store on national e-commerce exchanges.',
   10000000, 5000000, 2000000, 3000000, 4);
--> statement-breakpoint
INSERT INTO "programme"."support_budget" ("year", "source", "planned") VALUES
  (2016, 'provincial', 845000000), (2016, 'central', 120000000), (2016, 'enterprise', 190000000),
  (2017, 'provincial', 1000000000), (2017, 'central', 130000000), (2017, 'enterprise', 230000000),
  (2018, 'provincial', 1000000000), (2018, 'central', 130000000), (2018, 'enterprise', 230000000),
  (2019, 'provincial', 1050000000), (2019, 'central', 140000000), (2019, 'enterprise', 250000000),
  (2020, 'provincial', 1050000000), (2020, 'central', 140000000), (2020, 'enterprise', 250000000);
