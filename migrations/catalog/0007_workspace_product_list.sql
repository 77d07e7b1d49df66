-- The workspace's product list: an enterprise's products searched by name however it is typed
-- (`duong phen` finds `Đường phèn`), sorted and paged by keyset, fast at 100,000 products.
--
-- catalog.fold_name folds the Vietnamese letters (both cases, `đ` included: it does not
-- decompose) to ASCII, then lowercases, which is then safe under any collation. It needs no
-- extension (unaccent is not IMMUTABLE, and PGlite loads only what is asked for), so it can back
-- an index. It is never changed in place: an index is built on it (a change is a new function).
CREATE OR REPLACE FUNCTION "catalog".fold_name(text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT lower(translate($1,
    'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ',
    'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD'))
$$;
--> statement-breakpoint
-- a name's part anywhere (`LIKE '%phen%'`) through trigrams, for an enterprise with many products
CREATE INDEX IF NOT EXISTS "products_name_folded_trgm_idx" ON "catalog"."products" USING gin ("catalog".fold_name("name") gin_trgm_ops);
--> statement-breakpoint
-- the list's default order, newest first, one enterprise's page by keyset
CREATE INDEX IF NOT EXISTS "products_enterprise_created_idx" ON "catalog"."products" ("enterprise_id", "created_at", "id");
