-- The programme's first period and its targets (Chương trình phát triển thương mại điện tử tỉnh Quảng Ngãi giai đoạn 2016–2020),
-- and the current period, whose targets are those of the first until the Department sets its own in the console.
INSERT INTO "programme"."periods" ("id", "name", "start_year", "end_year", "note") VALUES
  ('6a1f0c52-0000-4000-8000-000000002016', 'Giai đoạn 2016–2020', 2016, 2020, 'Chỉ tiêu theo Chương trình phát triển thương mại điện tử tỉnh Quảng Ngãi giai đoạn 2016–2020.'),
  ('6a1f0c52-0000-4000-8000-000000002026', 'Giai đoạn 2026–2030', 2026, 2030, 'Tạm lấy chỉ tiêu giai đoạn 2016–2020 cho đến khi Sở Công Thương ban hành chỉ tiêu giai đoạn mới.');--> statement-breakpoint
INSERT INTO "programme"."targets" ("period_id", "indicator", "year", "value")
SELECT p.id, t.indicator, 0, t.value
FROM "programme"."periods" p
CROSS JOIN (VALUES
  ('aware_officials', 100),
  ('aware_enterprises', 100),
  ('trading_online', 70),
  ('use_email', 100),
  ('have_website', 70),
  ('sell_on_exchanges', 50),
  ('management_software', 50),
  ('cashless_retail', 60),
  ('electronic_channel', 50),
  ('students_trained', 1000)
) AS t(indicator, value)
WHERE p.id IN ('6a1f0c52-0000-4000-8000-000000002016', '6a1f0c52-0000-4000-8000-000000002026');
