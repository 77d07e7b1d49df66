-- The first version of the operating rules and of each policy, as the exchange opens; later versions are published in the console.
INSERT INTO "trust"."policy_versions" ("slug", "version", "body", "body_en", "summary", "effective_from", "published_at") VALUES ('quy-che-hoat-dong', 1, $policy$# Điều 1. Phạm vi áp dụng

{{site.name}} (gọi tắt là "Sàn") là sàn giao dịch thương mại điện tử do {{operator.name}} thiết lập và vận hành tại địa chỉ {{site.url}}, theo Nghị định 52/2013/NĐ-CP về thương mại điện tử, được sửa đổi, bổ sung bởi Nghị định 85/2021/NĐ-CP.

Quy chế này áp dụng cho mọi người sử dụng Sàn: đơn vị vận hành, người bán và người mua.

# Điều 2. Các bên tham gia

- Đơn vị vận hành: {{operator.name}}, địa chỉ {{operator.address}}, điện thoại {{operator.phone}}, email {{operator.email}}. Đơn vị vận hành xác minh người bán, kiểm duyệt sản phẩm, tiếp nhận khiếu nại và hỗ trợ giải quyết tranh chấp.
- Người bán: doanh nghiệp, hợp tác xã, hộ kinh doanh có đăng ký kinh doanh hợp pháp, đã được đơn vị vận hành xác minh hồ sơ.
- Người mua: cá nhân, tổ chức có tài khoản trên Sàn, mua hàng cho tiêu dùng hoặc kinh doanh.

# Điều 3. Đăng ký và xác minh người bán

1. Người bán đăng ký bằng tài khoản đã xác nhận email, kê khai tên pháp lý, mã số thuế, loại hình, người đại diện theo pháp luật, địa chỉ theo đơn vị hành chính hiện hành, số điện thoại và email liên hệ.
2. Người bán tải lên giấy chứng nhận đăng ký kinh doanh và giấy phép con đối với hàng hóa kinh doanh có điều kiện (thực phẩm, dược liệu...).
3. Đơn vị vận hành đối chiếu hồ sơ và duyệt, hoặc từ chối kèm lý do. Chỉ người bán đã được duyệt mới được đăng bán.
4. Khi người bán thay đổi tên pháp lý, mã số thuế hoặc địa chỉ, hồ sơ được xác minh lại. Mọi phiên bản hồ sơ được lưu trữ.

# Điều 4. Đăng sản phẩm

Người bán chịu trách nhiệm về tính chính xác, trung thực của thông tin sản phẩm: tên, giá, đơn vị tính, xuất xứ, thành phần, hạn sử dụng, chứng nhận OCOP (nếu có). Sản phẩm chỉ hiển thị sau khi được kiểm duyệt. Số sao OCOP chỉ hiển thị khi đơn vị vận hành đã xác minh giấy chứng nhận.

# Điều 5. Hàng hóa cấm kinh doanh trên Sàn

- Hàng hóa thuộc danh mục cấm kinh doanh theo pháp luật: ma túy, vũ khí, pháo nổ, động vật hoang dã và sản phẩm của chúng thuộc danh mục bảo vệ.
- Hàng giả, hàng nhái, hàng xâm phạm quyền sở hữu trí tuệ, hàng không rõ nguồn gốc xuất xứ.
- Thực phẩm, dược liệu không đủ điều kiện an toàn thực phẩm hoặc không có giấy phép theo quy định.
- Hàng hóa kinh doanh có điều kiện khi người bán chưa có giấy phép tương ứng.

# Điều 6. Quyền và nghĩa vụ của người mua

Người mua được cung cấp đầy đủ thông tin về người bán và hàng hóa trước khi đặt hàng, được xem lại toàn bộ đơn hàng trước khi xác nhận, được kiểm tra hàng khi nhận, được đổi trả theo chính sách của Sàn. Người mua có nghĩa vụ cung cấp thông tin giao hàng chính xác và thanh toán đúng hạn.

# Điều 7. Quyền và nghĩa vụ của người bán

Người bán được quản lý gian hàng, sản phẩm, đơn hàng và báo giá trên Sàn. Người bán có nghĩa vụ giao hàng đúng mô tả, đúng hạn, xuất hóa đơn theo quy định, thực hiện nghĩa vụ thuế và bảo đảm quyền lợi người tiêu dùng theo Luật Bảo vệ quyền lợi người tiêu dùng năm 2023.

# Điều 8. Xử lý vi phạm

Đơn vị vận hành có quyền gỡ sản phẩm, tạm ngừng gian hàng vi phạm quy chế kèm lý do bằng văn bản gửi qua email. Khi gian hàng bị tạm ngừng, toàn bộ sản phẩm của người bán bị gỡ khỏi Sàn ngay lập tức. Vi phạm pháp luật được chuyển cơ quan có thẩm quyền xử lý.

# Điều 9. Giải quyết khiếu nại, tranh chấp

1. Người mua gửi khiếu nại cho người bán qua trang đơn hàng hoặc liên hệ đơn vị vận hành qua email {{operator.email}}, điện thoại {{operator.phone}}.
2. Người bán phản hồi trong vòng 3 ngày làm việc kể từ khi nhận khiếu nại.
3. Nếu hai bên không thống nhất, đơn vị vận hành làm trung gian hòa giải trên cơ sở hồ sơ đơn hàng, lịch sử trạng thái và chứng từ thanh toán lưu trên Sàn.
4. Trường hợp hòa giải không thành, các bên có quyền đưa tranh chấp ra Tòa án có thẩm quyền hoặc trọng tài theo quy định của pháp luật.

# Điều 10. Hiệu lực

Quy chế có hiệu lực kể từ ngày công bố. Mọi sửa đổi được thông báo trên Sàn ít nhất 5 ngày trước khi áp dụng.$policy$, $policy$# Article 1. Scope

{{site.name}} (the "Exchange") is an e-commerce trading platform set up and operated by {{operator.name}} at {{site.url}}, under Decree 52/2013/ND-CP on e-commerce as amended by Decree 85/2021/ND-CP.

These rules apply to everyone using the Exchange: the operator, sellers and buyers.

# Article 2. Parties

- The operator: {{operator.name}}, {{operator.address}}, phone {{operator.phone}}, e-mail {{operator.email}}. The operator verifies sellers, moderates listings, receives complaints and helps settle disputes.
- Sellers: companies, cooperatives and household businesses lawfully registered and verified by the operator.
- Buyers: people and organisations with an account on the Exchange.

# Article 3. Seller registration and verification

1. A seller registers with a confirmed e-mail address and declares its legal name, tax code, type, legal representative, address, phone and e-mail.
2. The seller uploads its business registration certificate and any licence its goods require.
3. The operator checks the file and approves it, or rejects it with a reason. Only approved sellers may list goods.
4. A change of legal name, tax code or address is verified again. Every version of a profile is kept.

# Article 4. Listings

Sellers are responsible for accurate listings: name, price, unit, origin, ingredients, shelf life, OCOP certificate. Listings appear only after moderation; OCOP stars appear only once the operator has checked the certificate.

# Article 5. Prohibited goods

- Goods whose trade the law prohibits, including drugs, weapons, fireworks and protected wildlife.
- Counterfeit goods, goods infringing intellectual property, goods of unknown origin.
- Food and medicinal herbs without the required food-safety conditions or licences.
- Conditional goods sold without the corresponding licence.

# Article 6. Buyers

Buyers receive the seller's identity and the goods' details before ordering, review the whole order before confirming it, may inspect goods on delivery and return them under the Exchange's policy. They give correct delivery details and pay on time.

# Article 7. Sellers

Sellers manage their storefront, listings, orders and quotes; they deliver as described and on time, issue invoices, pay their taxes and respect the Law on Consumer Rights Protection 2023.

# Article 8. Breaches

The operator may remove listings and suspend a storefront that breaches these rules, giving its reason by e-mail. A suspended storefront's goods leave the Exchange at once. Breaches of the law are referred to the competent authorities.

# Article 9. Complaints and disputes

1. A buyer complains to the seller from the order page, or to the operator at {{operator.email}} or {{operator.phone}}.
2. The seller answers within 3 working days.
3. If the parties do not agree, the operator mediates on the basis of the order, its status history and the payment records kept by the Exchange.
4. Failing mediation, either party may go to a competent court or to arbitration.

# Article 10. Effect

These rules take effect when published. Changes are announced on the Exchange at least 5 days before they apply.$policy$, 'Phiên bản đầu tiên.', '2026-12-01', '2026-12-01T00:00:00+07:00');--> statement-breakpoint
INSERT INTO "trust"."policy_versions" ("slug", "version", "body", "body_en", "summary", "effective_from", "published_at") VALUES ('kiem-hang', 1, $policy$# 1. Quyền kiểm hàng

Người mua trên {{site.name}} được kiểm tra hàng trước khi thanh toán (đối với đơn thanh toán khi nhận hàng) hoặc trước khi ký nhận (đối với đơn đã thanh toán trước).

# 2. Nội dung được kiểm tra

- Số lượng kiện, tình trạng bao bì, niêm phong bên ngoài.
- Chủng loại, số lượng, quy cách hàng hóa so với đơn hàng.
- Nhãn hàng hóa, hạn sử dụng, tem chứng nhận OCOP (nếu có).

Người mua được mở hộp để kiểm tra bên ngoài sản phẩm, nhưng không được dùng thử, làm hỏng hoặc bóc tem niêm phong của từng sản phẩm.

# 3. Khi hàng không đúng

1. Người mua từ chối nhận hàng và báo ngay cho người giao hàng.
2. Người mua ghi nhận lý do trên trang đơn hàng, kèm hình ảnh nếu có.
3. Người bán xử lý theo Chính sách đổi trả, hoàn tiền; người mua không phải trả phí vận chuyển cho lần giao hàng không đúng.

# 4. Sau khi nhận hàng

Sau khi người mua đã kiểm tra và nhận hàng, các vấn đề phát hiện sau (hàng hỏng bên trong bao bì, không đúng chất lượng công bố) được giải quyết theo Chính sách đổi trả, hoàn tiền trong thời hạn quy định.

# 5. Liên hệ

Người bán hoặc đơn vị giao hàng không cho kiểm hàng là vi phạm Quy chế hoạt động của Sàn. Xin báo cho {{operator.name}} qua điện thoại {{operator.phone}} hoặc email {{operator.email}}.$policy$, $policy$# 1. The right to inspect

Buyers on {{site.name}} may inspect their goods before paying (cash on delivery) or before signing for them (orders paid in advance).

# 2. What may be inspected

- The number of parcels, the packaging and outer seals.
- The kind, quantity and specification of the goods against the order.
- Labels, use-by dates and OCOP stamps, if any.

Buyers may open the box to look at the goods, but may not use, damage or break the seal of each item.

# 3. When something is wrong

1. Refuse the delivery and tell the courier at once.
2. Note the reason on the order page, with photos if you can.
3. The seller handles it under the returns policy; you pay no shipping for a wrong delivery.

# 4. After acceptance

Problems found after inspection and acceptance (damage inside the packaging, quality below what was stated) are handled under the returns policy within its time limits.

# 5. Contact

A seller or courier who refuses inspection breaches the operating rules of the Exchange. Tell {{operator.name}} at {{operator.phone}} or {{operator.email}}.$policy$, 'Phiên bản đầu tiên.', '2026-12-01', '2026-12-01T00:00:00+07:00');--> statement-breakpoint
INSERT INTO "trust"."policy_versions" ("slug", "version", "body", "body_en", "summary", "effective_from", "published_at") VALUES ('doi-tra', 1, $policy$# 1. Điều kiện đổi trả

Người mua được đổi hoặc trả hàng trong vòng 7 ngày kể từ ngày nhận hàng khi:

- Hàng giao không đúng chủng loại, số lượng, quy cách như mô tả trên Sàn.
- Hàng bị hư hỏng, dập nát, rò rỉ trong quá trình vận chuyển.
- Hàng hết hạn sử dụng hoặc có dấu hiệu không bảo đảm an toàn thực phẩm.

Đối với thực phẩm tươi sống (thủy hải sản, rau quả), người mua cần báo cho người bán trong vòng 24 giờ kể từ khi nhận hàng, kèm hình ảnh.

# 2. Trường hợp không áp dụng

- Hàng đã qua sử dụng, đã mở bao bì niêm phong mà không do lỗi của người bán.
- Hàng được đặt làm theo yêu cầu riêng của người mua, trừ khi không đúng thỏa thuận.
- Người mua đổi ý sau khi đã kiểm tra và nhận hàng, trừ khi người bán có cam kết khác trên gian hàng.

# 3. Cách gửi yêu cầu

1. Mở trang đơn hàng, chọn yêu cầu đổi trả, nêu lý do và đính kèm hình ảnh.
2. Người bán phản hồi trong vòng 2 ngày làm việc.
3. Người mua gửi trả hàng theo hướng dẫn của người bán; chi phí vận chuyển do bên có lỗi chịu.

# 4. Hoàn tiền

Sau khi người bán nhận lại hàng và xác nhận, tiền được hoàn trong vòng 7 ngày làm việc:

- Thanh toán khi nhận hàng (COD) hoặc chuyển khoản VietQR: hoàn vào tài khoản ngân hàng người mua cung cấp.
- Thanh toán qua VNPay hoặc thẻ: hoàn về phương thức đã thanh toán; thời gian tiền về tài khoản phụ thuộc ngân hàng phát hành.

# 5. Hỗ trợ

Nếu người bán không phản hồi hoặc từ chối không có căn cứ, người mua liên hệ {{operator.name}} qua email {{operator.email}} hoặc điện thoại {{operator.phone}} để được hỗ trợ theo Quy chế hoạt động của Sàn.$policy$, $policy$# 1. When goods may be returned

Buyers may exchange or return goods within 7 days of receiving them when:

- The goods differ in kind, quantity or specification from their description on the Exchange.
- The goods were damaged, crushed or leaking in transport.
- The goods are past their use-by date or appear unsafe to eat.

For fresh food (seafood, fruit and vegetables), tell the seller within 24 hours of delivery, with photos.

# 2. When returns do not apply

- Goods used, or opened from their sealed packaging, through no fault of the seller.
- Goods made to the buyer's own order, unless they differ from what was agreed.
- A change of mind after inspecting and accepting the goods, unless the seller's storefront promises otherwise.

# 3. How to ask

1. Open the order page, ask for a return, give the reason and attach photos.
2. The seller answers within 2 working days.
3. Send the goods back as the seller instructs; the party at fault pays the shipping.

# 4. Refunds

Once the seller has the goods back and confirms, the refund is made within 7 working days:

- Cash on delivery or VietQR transfer: to the bank account the buyer gives.
- VNPay or card: back to the means of payment used; when it reaches the account depends on the issuing bank.

# 5. Help

If the seller does not answer or refuses without grounds, contact {{operator.name}} at {{operator.email}} or {{operator.phone}}; the operating rules of the Exchange apply.$policy$, 'Phiên bản đầu tiên.', '2026-12-01', '2026-12-01T00:00:00+07:00');--> statement-breakpoint
INSERT INTO "trust"."policy_versions" ("slug", "version", "body", "body_en", "summary", "effective_from", "published_at") VALUES ('giao-hang', 1, $policy$# 1. Trách nhiệm giao hàng

Hàng hóa trên {{site.name}} do người bán giao trực tiếp hoặc qua đơn vị vận chuyển do người bán lựa chọn. Người bán chịu trách nhiệm về hàng hóa cho đến khi người mua nhận hàng.

# 2. Phí vận chuyển

Mỗi người bán công bố phí vận chuyển của mình; phí được hiển thị riêng cho từng người bán trong giỏ hàng và trên trang xác nhận đơn hàng trước khi người mua đặt hàng. Một đơn hàng gồm sản phẩm của nhiều người bán được tách thành các đơn riêng, mỗi đơn có phí vận chuyển riêng.

# 3. Thời gian giao hàng

- Trong tỉnh Quảng Ngãi: thông thường từ 1 đến 3 ngày làm việc.
- Ngoài tỉnh: thông thường từ 3 đến 7 ngày làm việc.
- Đặc khu Lý Sơn và các xã miền núi: có thể lâu hơn tùy lịch tàu và điều kiện thời tiết.

Người bán cập nhật trạng thái đơn hàng (đã xác nhận, đang giao, đã giao) trên Sàn để người mua theo dõi.

# 4. Đóng gói

Người bán đóng gói phù hợp với loại hàng: thực phẩm tươi sống được bảo quản lạnh; hàng dễ vỡ có vật liệu chèn lót; trên kiện hàng ghi mã đơn hàng.

# 5. Giao hàng không thành công

Nếu không liên lạc được người nhận sau ít nhất 2 lần giao, người bán liên hệ người mua qua số điện thoại trên đơn. Đơn hàng không giao được sẽ bị hủy; tiền đã thanh toán được hoàn theo Chính sách đổi trả, hoàn tiền.

# 6. Liên hệ

Mọi vướng mắc về giao hàng, xin liên hệ người bán trên trang đơn hàng hoặc {{operator.name}}, điện thoại {{operator.phone}}, email {{operator.email}}.$policy$, $policy$# 1. Who delivers

Goods on {{site.name}} are delivered by their seller, directly or through a carrier the seller chooses. The seller is responsible for the goods until the buyer receives them.

# 2. Shipping fees

Each seller sets its shipping fee, shown separately for each seller in the cart and on the order review page before the buyer orders. An order with goods from several sellers becomes one order per seller, each with its own shipping fee.

# 3. Delivery times

- Within Quảng Ngãi province: usually 1 to 3 working days.
- Elsewhere: usually 3 to 7 working days.
- Lý Sơn special zone and mountain communes: possibly longer, depending on ferries and weather.

Sellers update each order's status (confirmed, shipped, delivered) on the Exchange so buyers can follow it.

# 4. Packing

Sellers pack goods as their kind requires: fresh food kept cold, fragile goods padded, the order code written on each parcel.

# 5. Failed delivery

If the recipient cannot be reached after at least 2 attempts, the seller calls the buyer on the order's phone number. An order that cannot be delivered is cancelled and any payment refunded as the returns policy says.

# 6. Contact

For any delivery question, contact the seller from the order page, or {{operator.name}} at {{operator.phone}} or {{operator.email}}.$policy$, 'Phiên bản đầu tiên.', '2026-12-01', '2026-12-01T00:00:00+07:00');--> statement-breakpoint
INSERT INTO "trust"."policy_versions" ("slug", "version", "body", "body_en", "summary", "effective_from", "published_at") VALUES ('thanh-toan', 1, $policy$# 1. Các phương thức thanh toán

Người mua chọn một trong các phương thức sau ở bước thanh toán. Tổng tiền, phí vận chuyển và phương thức được hiển thị đầy đủ trước khi người mua xác nhận đặt hàng.

- Thanh toán khi nhận hàng (COD): người mua trả tiền mặt cho người giao hàng sau khi kiểm tra hàng.
- Chuyển khoản VietQR: Sàn hiển thị mã VietQR kèm số tài khoản của người bán, số tiền và nội dung chuyển khoản là mã đơn hàng. Người mua quét mã bằng ứng dụng ngân hàng bất kỳ.
- Cổng thanh toán VNPay: người mua được chuyển sang trang của VNPay để thanh toán bằng ứng dụng ngân hàng, thẻ ATM nội địa hoặc ví điện tử.
- Thẻ quốc tế (Visa, Mastercard): thanh toán qua tổ chức cung ứng dịch vụ thanh toán; Sàn không lưu số thẻ.

# 2. Xác nhận thanh toán

Đơn hàng chuyển khoản hoặc thanh toán trực tuyến được xác nhận khi Sàn nhận được thông báo thành công từ ngân hàng hoặc cổng thanh toán. Đơn chưa được thanh toán trong thời hạn hiển thị trên trang đơn hàng sẽ tự động hủy và hàng được trả lại kho.

# 3. An toàn thanh toán

Chỉ chuyển khoản theo mã VietQR hiển thị trên trang đơn hàng của Sàn. Sàn và người bán không bao giờ yêu cầu người mua cung cấp mật khẩu, mã OTP hay chuyển tiền vào tài khoản khác qua tin nhắn, điện thoại.

# 4. Hóa đơn

Người bán xuất hóa đơn điện tử theo quy định khi người mua yêu cầu. Giá bán trên Sàn đã bao gồm thuế giá trị gia tăng, trừ khi ghi rõ khác.

# 5. Liên hệ

Nếu đã thanh toán nhưng đơn hàng chưa được xác nhận, xin liên hệ {{operator.name}}, điện thoại {{operator.phone}}, email {{operator.email}}, kèm mã đơn hàng và chứng từ giao dịch.$policy$, $policy$# 1. Ways to pay

Buyers choose one of these at checkout. The total, shipping and payment method are all shown before the buyer confirms the order.

- Cash on delivery (COD): pay the courier in cash after inspecting the goods.
- VietQR bank transfer: the Exchange shows a VietQR code with the seller's account, the amount and the order code as the transfer message; scan it with any banking app.
- VNPay: the buyer is taken to VNPay's page to pay by banking app, domestic ATM card or e-wallet.
- International cards (Visa, Mastercard): paid through the payment provider; the Exchange never stores card numbers.

# 2. Confirmation

A transfer or online payment is confirmed when the Exchange receives the bank's or gateway's notice of success. An order not paid within the time shown on its page is cancelled automatically and its goods go back into stock.

# 3. Paying safely

Only pay by the VietQR code shown on the order page of the Exchange. Neither the Exchange nor any seller will ever ask for a password or OTP, or ask you by message or phone to pay into another account.

# 4. Invoices

Sellers issue electronic invoices when buyers ask. Prices on the Exchange include VAT unless stated otherwise.

# 5. Contact

If you paid and the order is not confirmed, contact {{operator.name}} at {{operator.phone}} or {{operator.email}} with the order code and the transaction receipt.$policy$, 'Phiên bản đầu tiên.', '2026-12-01', '2026-12-01T00:00:00+07:00');--> statement-breakpoint
INSERT INTO "trust"."policy_versions" ("slug", "version", "body", "body_en", "summary", "effective_from", "published_at") VALUES ('bao-mat', 1, $policy$# 1. Mục đích thu thập dữ liệu cá nhân

{{operator.name}} xử lý dữ liệu cá nhân của người sử dụng {{site.name}} theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, chỉ cho các mục đích sau:

- Tạo và quản lý tài khoản, xác nhận email, đăng nhập an toàn.
- Xử lý đơn hàng: chuyển thông tin người nhận cho người bán và đơn vị giao hàng, xác nhận thanh toán.
- Xác minh người bán theo quy định về sàn giao dịch thương mại điện tử.
- Giải quyết khiếu nại, tranh chấp và thực hiện nghĩa vụ báo cáo với cơ quan nhà nước có thẩm quyền.

# 2. Dữ liệu được thu thập

- Họ tên, email, số điện thoại, địa chỉ giao hàng do người mua cung cấp.
- Thông tin doanh nghiệp, người đại diện, giấy tờ đăng ký kinh doanh do người bán cung cấp.
- Lịch sử đơn hàng, báo giá, thanh toán; địa chỉ IP và thời điểm đăng nhập phục vụ an ninh.

Sàn không thu thập dữ liệu cá nhân nhạy cảm. Sàn không lưu số thẻ thanh toán: việc thanh toán thẻ do tổ chức cung ứng dịch vụ thanh toán thực hiện.

# 3. Sự đồng ý của chủ thể dữ liệu

Khi đăng ký tài khoản, người sử dụng đồng ý cho Sàn xử lý dữ liệu cá nhân theo chính sách này. Người sử dụng có thể rút lại sự đồng ý bất cứ lúc nào; việc rút lại không ảnh hưởng đến tính hợp pháp của việc xử lý đã thực hiện trước đó và dữ liệu mà pháp luật yêu cầu lưu trữ.

# 4. Chia sẻ dữ liệu

Dữ liệu chỉ được chia sẻ với người bán của đơn hàng liên quan, đơn vị giao hàng, tổ chức thanh toán và cơ quan nhà nước có thẩm quyền khi có yêu cầu theo quy định. Sàn không bán dữ liệu cá nhân.

# 5. Thời gian lưu trữ

Dữ liệu tài khoản được lưu trong thời gian tài khoản còn hoạt động. Dữ liệu đơn hàng, hồ sơ người bán và nhật ký kiểm tra được lưu theo thời hạn pháp luật về thương mại điện tử, kế toán và thuế quy định.

# 6. Quyền của chủ thể dữ liệu

Người sử dụng có quyền được biết, đồng ý, truy cập, chỉnh sửa, xóa, hạn chế xử lý, phản đối xử lý dữ liệu, khiếu nại và yêu cầu bồi thường theo Điều 9 Nghị định 13/2023/NĐ-CP. Yêu cầu xin gửi về {{operator.email}}; Sàn phản hồi trong vòng 72 giờ.

# 7. Bảo vệ dữ liệu

Mật khẩu được băm một chiều, kết nối được mã hóa, phiên đăng nhập có thời hạn và có thể thu hồi. Khi xảy ra sự cố lộ lọt dữ liệu, Sàn thông báo cho Bộ Công an (A05) trong vòng 72 giờ và cho người bị ảnh hưởng theo quy định.

# 8. Liên hệ

Bộ phận bảo vệ dữ liệu cá nhân: {{operator.name}}, {{operator.address}}, điện thoại {{operator.phone}}, email {{operator.email}}.$policy$, $policy$# 1. Why personal data is collected

{{operator.name}} processes the personal data of the users of {{site.name}} under Decree 13/2023/ND-CP on personal data protection, for these purposes only:

- Creating and managing accounts, confirming e-mail addresses, signing in safely.
- Handling orders: passing the recipient's details to the seller and the carrier, confirming payments.
- Verifying sellers as the rules on e-commerce platforms require.
- Settling complaints and disputes, and reporting to the competent authorities.

# 2. What is collected

- Name, e-mail, phone and delivery addresses given by buyers.
- Business details, legal representative and registration papers given by sellers.
- Orders, quotes and payments; the IP address and time of sign-ins, for security.

No sensitive personal data is collected. Card numbers are never stored: card payments are handled by the payment provider.

# 3. Consent

By creating an account, users consent to the processing described here. Consent may be withdrawn at any time; this does not affect processing already done, nor data the law requires us to keep.

# 4. Sharing

Data is shared only with the seller of the order concerned, the carrier, the payment provider, and the authorities when the law requires. Personal data is never sold.

# 5. Retention

Account data is kept while the account is active. Orders, seller files and audit logs are kept for the periods the laws on e-commerce, accounting and tax require.

# 6. Your rights

You may be informed, consent, access, correct, erase, restrict or object to processing, complain and claim compensation, as Article 9 of Decree 13/2023/ND-CP provides. Write to {{operator.email}}; we answer within 72 hours.

# 7. Security

Passwords are hashed one way, connections are encrypted, sessions expire and can be revoked. A data breach is reported to the Ministry of Public Security (A05) within 72 hours and to the people affected.

# 8. Contact

Data protection: {{operator.name}}, {{operator.address}}, phone {{operator.phone}}, e-mail {{operator.email}}.$policy$, 'Phiên bản đầu tiên.', '2026-12-01', '2026-12-01T00:00:00+07:00');--> statement-breakpoint
INSERT INTO "trust"."policy_versions" ("slug", "version", "body", "body_en", "summary", "effective_from", "published_at") VALUES ('kiem-duyet-danh-gia', 1, $policy$# 1. Ai được đánh giá

Chỉ người mua đã nhận được hàng mới được đánh giá sản phẩm trên {{site.name}}: quyền đánh giá có được khi một đơn hàng chứa sản phẩm đó đã giao thành công. Mỗi người mua gửi một đánh giá cho mỗi sản phẩm, gồm số sao từ 1 đến 5 và lời nhận xét không quá 2.000 ký tự. Đánh giá đã gửi không sửa được và không gửi lại được, kể cả khi bị từ chối.

# 2. Kiểm duyệt trước khi đăng

Mọi đánh giá được cán bộ của {{operator.name}} kiểm duyệt trước khi hiển thị công khai. Một đánh giá ở một trong ba trạng thái:

1. Chờ duyệt: đánh giá vừa gửi, chưa hiển thị với người khác.
2. Đã đăng: đánh giá hiển thị trên trang sản phẩm.
3. Bị từ chối: đánh giá không được đăng; người viết được biết lý do.

Người viết theo dõi trạng thái tại trang "Đánh giá của tôi" và được báo qua email khi đánh giá được đăng hoặc bị từ chối (kèm lý do). Mỗi quyết định được ghi nhật ký: cán bộ quyết định, thời điểm và lý do.

# 3. Nội dung bị từ chối

- Quảng cáo, rao bán sản phẩm hoặc dịch vụ khác.
- Lời lẽ xúc phạm, thô tục, công kích cá nhân hay tổ chức.
- Nội dung về hàng hóa cấm kinh doanh trên Sàn.
- Thông tin cá nhân của mình hoặc của người khác.
- Nội dung khác trái với Quy chế hoạt động của Sàn hoặc pháp luật.

Nhận xét được tự động đối chiếu với danh sách từ khóa hàng cấm mà Sàn dùng khi duyệt sản phẩm, kể cả khi viết không dấu. Đánh giá chứa từ khóa cấm được đánh dấu cho cán bộ và chỉ được đăng khi cán bộ ghi rõ lý do.

# 4. Cách hiển thị

- Chỉ đánh giá đã đăng được hiển thị, mới nhất trước theo ngày đăng.
- Mỗi đánh giá ghi số sao, tên người mua viết tắt (ví dụ "N. V. An"), nhãn "Đã mua hàng" và ngày đăng.
- Điểm trung bình là trung bình cộng số sao của các đánh giá đã đăng, làm tròn đến một chữ số thập phân, kèm số đánh giá (ví dụ "4,5/5 · 12 đánh giá"). Đánh giá chờ duyệt hoặc bị từ chối không được tính; sản phẩm chưa có đánh giá nào được đăng thì không hiển thị điểm.

# 5. Trả lời của người bán

Chỉ người bán sản phẩm mới được trả lời đánh giá đã đăng về sản phẩm đó, mỗi đánh giá một lần. Câu trả lời hiển thị công khai ngay dưới đánh giá với dòng "Người bán trả lời" và ngày trả lời, và không sửa được sau khi gửi. Người bán được báo qua email khi có đánh giá mới được đăng, nhưng không thể sửa, ẩn hay xóa đánh giá của người mua.

# 6. Khi người viết xóa tài khoản

Các đánh giá của người đó vẫn được giữ lại để người mua khác tham khảo, và đánh giá đã đăng vẫn được tính vào điểm trung bình; tên người viết được thay bằng "Người dùng đã xoá". Các đánh giá của người dùng có trong bản dữ liệu cá nhân mà họ tải về từ tài khoản.

# 7. Khiếu nại và liên hệ

Nếu không đồng ý với lý do từ chối, hoặc thấy một đánh giá đã đăng vi phạm chính sách này, xin báo cho {{operator.name}} qua điện thoại {{operator.phone}} hoặc email {{operator.email}}, kèm tên sản phẩm.$policy$, $policy$# 1. Who may review

Only buyers who received the goods may review a product on {{site.name}}: the right to review comes when an order holding the product has been delivered. Each buyer sends one review of each product, with 1 to 5 stars and a comment of up to 2,000 characters. A review cannot be edited or sent again once submitted, even if it is rejected.

# 2. Moderation before publication

Every review is checked by staff of {{operator.name}} before it is shown to the public. A review is in one of three states:

1. Awaiting moderation: just sent, not yet visible to others.
2. Published: shown on the product page.
3. Rejected: not published; the author is told the reason.

Authors follow the state on the "My reviews" page and are told by email when a review is published or rejected (with the reason). Each decision is logged: the staff member who made it, when, and the reason.

# 3. What is rejected

- Advertising, or offers of other goods or services.
- Insulting or vulgar language, attacks on people or organisations.
- Content about goods prohibited on the Exchange.
- Personal data of the author or of anyone else.
- Anything else contrary to the operating rules of the Exchange or the law.

Comments are checked automatically against the list of prohibited-goods keywords the Exchange uses to moderate listings, also when typed without diacritics. A review holding such a keyword is flagged to staff and can be published only if staff record a reason.

# 4. How reviews are shown

- Only published reviews are shown, newest first by publication date.
- Each review shows its stars, the buyer's shortened name (for example "N. V. An"), the label "Verified purchase" and the publication date.
- The average is the mean of the stars of the published reviews, rounded to one decimal, shown with the number of reviews (for example "4.5/5 · 12 reviews"). Reviews awaiting moderation or rejected are not counted; a product with no published review shows no rating.

# 5. The seller's answer

Only the seller of a product may answer a published review of it, once per review. The answer is public, shown right under the review with "The seller answered" and its date, and cannot be changed once sent. Sellers are told by email when a new review is published, but cannot edit, hide or delete a buyer's review.

# 6. When an author deletes their account

Their reviews are kept so that other buyers can still rely on them, and published ones still count in the average; the author's name is replaced by "Người dùng đã xoá" (deleted user). A user's reviews are included in the personal data they download from their account.

# 7. Complaints and contact

If you disagree with a rejection, or find a published review that breaches this policy, tell {{operator.name}} at {{operator.phone}} or {{operator.email}}, naming the product.$policy$, 'Phiên bản đầu tiên.', '2026-12-01', '2026-12-01T00:00:00+07:00');--> statement-breakpoint
INSERT INTO "trust"."policy_versions" ("slug", "version", "body", "body_en", "summary", "effective_from", "published_at") VALUES ('xep-hang-tim-kiem', 1, $policy$# 1. Sản phẩm nào được tìm thấy

Kết quả tìm kiếm trên {{site.name}} chỉ gồm sản phẩm đã được kiểm duyệt của người bán đã được duyệt và đang hoạt động. Sản phẩm đang chờ duyệt, bị từ chối, bị người bán ẩn, hoặc của người bán bị đình chỉ được gỡ khỏi kết quả tìm kiếm; việc cập nhật có thể mất vài phút.

# 2. Cách khớp từ khóa

- Không phân biệt chữ hoa, chữ thường và dấu tiếng Việt: gõ "toi ly son" vẫn tìm được "Tỏi Lý Sơn".
- Từ khóa được tìm trong tên sản phẩm, mô tả, tên người bán, tên danh mục và xuất xứ.
- Sản phẩm phải chứa tất cả các từ đã gõ; từ cuối cùng có thể chưa gõ hết.
- Lỗi gõ nhỏ được tự động sửa; khi đó trang kết quả có thể ghi rõ các từ đã tìm bên cạnh từ bạn đã gõ.

Bạn có thể lọc theo danh mục (gồm cả danh mục con), người bán, phường, xã, đặc khu, khoảng giá và số sao OCOP. Bộ lọc chỉ thu hẹp kết quả, không thay đổi thứ tự.

# 3. Các cách sắp xếp

1. Phù hợp nhất: mặc định khi bạn gõ từ khóa. Sản phẩm có từ khóa trong tên được xếp trước sản phẩm chỉ nhắc đến từ khóa trong mô tả hay thông tin khác.
2. Mới nhất: mặc định khi không gõ từ khóa, theo thời điểm sản phẩm được duyệt gần nhất.
3. Giá tăng dần.
4. Giá giảm dần.

# 4. Kết quả tự nhiên không mua được

Thứ tự kết quả tự nhiên chỉ phụ thuộc vào từ khóa, bộ lọc và cách sắp xếp bạn chọn. Không ai có thể trả tiền để sản phẩm được xếp cao hơn trong kết quả tự nhiên. Việc người bán có quảng cáo hay không, điểm đánh giá, số lượng đã bán và số sao OCOP đều không làm thay đổi thứ tự này.

# 5. Quảng cáo và sản phẩm được tài trợ

Ngoài kết quả tự nhiên, {{site.name}} có các vị trí quảng cáo, mỗi trang hiển thị tối đa: 1 ảnh ở đầu trang chủ, 2 ảnh bên cạnh trang danh mục, 1 ảnh trên trang sản phẩm và 2 sản phẩm được tài trợ trên trang đầu của kết quả tìm kiếm.

- Ảnh quảng cáo luôn có nhãn "Quảng cáo".
- Sản phẩm được tài trợ hiển thị thành nhóm riêng phía trên kết quả tìm kiếm, mỗi sản phẩm có nhãn "Được tài trợ". Chúng không được chọn theo từ khóa bạn gõ và không chiếm chỗ hay thay đổi thứ tự của kết quả tự nhiên.
- Chỉ cán bộ của {{operator.name}} tạo và quản lý quảng cáo, mỗi quảng cáo chạy trong thời gian xác định. Khi một vị trí có nhiều quảng cáo đang chạy, quảng cáo được chọn ngẫu nhiên theo trọng số do cán bộ đặt.
- Sản phẩm được tài trợ phải đang được bán công khai và thuộc đúng người bán được quảng bá; nếu không, sản phẩm tự động ngừng hiển thị.
- Quảng cáo dẫn ra trang web bên ngoài chỉ dùng địa chỉ https đã được cán bộ phê duyệt, và liên kết được đánh dấu là liên kết quảng cáo.
- Sàn đếm lượt hiển thị và lượt nhấp để báo cáo cho người bán được quảng bá. Mỗi người xem chỉ được tính một lượt nhấp mỗi giờ cho một quảng cáo, nhận biết qua mã băm của địa chỉ IP và trình duyệt; Sàn không đặt cookie cho việc này.

# 6. Liên hệ

Người bán muốn tham gia chương trình quảng bá, hoặc người dùng có thắc mắc về kết quả tìm kiếm và quảng cáo, xin liên hệ {{operator.name}} qua điện thoại {{operator.phone}} hoặc email {{operator.email}}.$policy$, $policy$# 1. What can be found

Search results on {{site.name}} hold only moderated listings of sellers that have been approved and are active. Listings awaiting moderation, rejected, hidden by their seller, or of a suspended seller are taken out of the results; this may take a few minutes.

# 2. How words are matched

- Case and Vietnamese diacritics do not matter: typing "toi ly son" finds "Tỏi Lý Sơn".
- Words are looked for in the product name, description, seller name, category names and origin.
- A listing must hold every word typed; the last word may be unfinished.
- Small typos are corrected automatically; the results page may then show the words searched beside what you typed.

You may filter by category (subcategories included), seller, ward or commune, price range and OCOP stars. Filters only narrow the results; they do not change the order.

# 3. Sort orders

1. Most relevant: the default when you type words. Listings with the words in their name come before those that mention them only in the description or other details.
2. Newest: the default without words, by when the listing was last approved.
3. Price, low to high.
4. Price, high to low.

# 4. Organic results are never bought

The order of organic results depends only on your words, filters and chosen sort. No one can pay to rank a listing higher among organic results. Whether a seller advertises, ratings, sales and OCOP stars do not change that order.

# 5. Ads and sponsored products

Besides the organic results, {{site.name}} has ad slots, each showing at most per page: 1 image at the top of the home page, 2 images beside category pages, 1 image on product pages and 2 sponsored products on the first page of search results.

- Image ads always carry the label "Ad".
- Sponsored products appear as a separate group above the search results, each labelled "Sponsored". They are not chosen by the words you typed, and they take no place from and do not change the order of the organic results.
- Only staff of {{operator.name}} create and manage ads, each running for a set period. When several ads run in one slot, they are drawn at random by weights set by staff.
- A sponsored product must be on public sale and belong to the seller promoted; otherwise it stops showing automatically.
- Ads leading to outside websites use only https addresses approved by staff, and their links are marked as sponsored.
- The Exchange counts views and clicks to report them to the promoted seller. A click counts once per viewer, ad and hour, the viewer being recognised by a hash of their IP address and browser; no cookie is set for this.

# 6. Contact

Sellers who wish to join a promotion programme, and users with questions about search results or ads, may contact {{operator.name}} at {{operator.phone}} or {{operator.email}}.$policy$, 'Phiên bản đầu tiên.', '2026-12-01', '2026-12-01T00:00:00+07:00');
