"""Real-looking pages for the reading tests: a provincial paper's, a national daily's, a section page."""


def provincial_page(article: str, url: str, *, header: str = "", related: str = "") -> bytes:
    """A provincial paper's article page: site header, the article, a dated related-news list, a footer."""
    items = [("Quảng Ninh: Hơn 2.000 hộ dân được hỗ trợ sửa nhà sau bão", "01/11/2024"),
             ("Huyện Yên Định khánh thành nhà văn hóa thôn Phúc Lộc", "31/10/2024"),
             ("Tuyên dương 50 gương người tốt việc tốt ở thành phố Hải Phòng", "30/10/2024"),
             ("Nông dân huyện Krông Pắc trúng mùa cà phê, giá cao kỷ lục", "29/10/2024"),
             ("Thừa Thiên Huế đón hơn 3 triệu lượt khách trong 10 tháng", "28/10/2024"),
             ("Hội thi nấu ăn của phụ nữ xã Thạch Kênh thu hút đông đảo hội viên", "27/10/2024")]
    related = related or "".join(f'<li><h3><a href="/tin-{i}-2024{i}.htm">{t}</a></h3><span class="time">{d}</span></li>'
                                 for i, (t, d) in enumerate(items))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức</title>
<link rel="canonical" href="{url}"></head><body><header>{header}<nav><a href="/">Trang chủ</a>
<a href="/chinh-tri">Chính trị</a></nav></header><main>{article}<div class="related"><h2>Tin cùng chuyên mục</h2>
<ul>{related}</ul></div></main><footer>Cơ quan của Đảng bộ tỉnh Hà Tĩnh. Địa chỉ: 14 Nguyễn Chí Thanh, TP Hà Tĩnh
</footer></body></html>""".encode()


STORY = """<article><h1>Hội Nông dân huyện Can Lộc nhân rộng mô hình “Dân vận khéo”</h1>{date}
<p>Hội Nông dân huyện Can Lộc vừa tổng kết phong trào nông dân thi đua sản xuất, kinh doanh giỏi giai đoạn
2019 - 2024 và biểu dương các hội viên tiêu biểu.</p>
<p>Toàn huyện đã xây dựng được 46 mô hình “Dân vận khéo” trong phát triển kinh tế, giữ gìn an ninh trật tự ở
khu dân cư; nhiều mô hình được nhân rộng ra các xã lân cận.</p><p>Thu Hà</p></article>"""


STORY_URL = "https://baohatinh.vn/nong-dan-can-loc-nhan-rong-mo-hinh-dan-van-kheo-274512.htm"


def national_daily(sapo: str, body: str, more: str) -> bytes:
    """A national daily's story page: the sapo under the headline, outside the body's box; 'Đọc tiếp' below."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Huyện Can Lộc có 46 mô hình “Dân vận khéo”
 - Tuổi Trẻ Online</title><meta property="og:type" content="article"></head><body><div class="header"><a href="/">Tuổi Trẻ
</a></div><div class="detail-container"><div class="detail-top"><a href="/thoi-su.htm">Thời sự</a>
<div class="detail-time">14/10/2024 06:46 GMT+7</div></div><h1 class="detail-title">Huyện Can Lộc có 46 mô hình “Dân vận
khéo”</h1><div class="detail-author"><a href="/tac-gia/thu-ha.htm">THU HÀ</a></div><h2 class="detail-sapo">{sapo}</h2>
<div class="detail-cmain"><div class="detail-content afcbc-body">{body}</div></div></div>
<div class="box-category"><h2>Đọc tiếp</h2>{more}</div></body></html>""".encode()


SAPO = ("TTO - Qua 5 năm thực hiện phong trào thi đua “Dân vận khéo”, huyện Can Lộc (Hà Tĩnh) đã xây dựng được 46 mô "
         "hình tiêu biểu trên các lĩnh vực kinh tế, văn hóa - xã hội.")


BODY = ("<p>Sáng 14-10, Ban Dân vận Huyện ủy Can Lộc tổ chức hội nghị tổng kết phong trào. Nhiều mô hình như “Dân vận "
         "khéo trong xây dựng nông thôn mới kiểu mẫu”, “Khu dân cư tự quản về an ninh trật tự” đã được nhân rộng ra "
         "các xã Thiên Lộc, Vượng Lộc, mang lại hiệu quả thiết thực cho người dân địa phương.</p>"
         "<p>Dịp này, UBND huyện tặng giấy khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc.</p>")


MORE = "".join(f'<div class="box-category-item"><h3><a href="/bai-{i}-2024110{i}.htm">{head}</a></h3>'
                f'<p class="box-category-sapo">{lead}</p></div>' for i, (head, lead) in enumerate([
                    ("Huyện Krông Pắc nhân rộng mô hình dân vận khéo",
                     "Huyện Krông Pắc (Đắk Lắk) hiện có 54 mô hình “Dân vận khéo” được công nhận ở các cấp."),
                    ("Quảng Trị tuyên dương điển hình tiên tiến năm 2024",
                     "Sáng 5-11, UBND tỉnh Quảng Trị tuyên dương 120 tập thể, 215 cá nhân tiêu biểu."),
                    ("Cần Thơ có thêm hơn 3.000 gia đình văn hóa tiêu biểu",
                     "Năm 2024, TP Cần Thơ có 3.250 hộ gia đình đạt danh hiệu gia đình văn hóa tiêu biểu.")]))


def figures(doc, *kinds: str) -> set[str]:
    return {str(f.value) for f in doc.facts if f.kind in kinds}


STORIES = [("Giá lúa tăng, nông dân huyện Hoằng Hóa phấn khởi thu hoạch vụ mùa", 228345),
            ("Tiêm chủng vắc xin sởi cho trẻ từ 1 đến 5 tuổi trên địa bàn tỉnh", 228343),
            ("Chuẩn bị chu đáo cho Lễ hội Lam Kinh năm 2024 tại huyện Thọ Xuân", 228342),
            ("Thanh Hóa có thêm 12 trường đạt chuẩn quốc gia trong năm học mới", 228339),
            ("Bắt đối tượng vận chuyển trái phép chất ma túy qua biên giới Mường Lát", 228340)]


def listing(url: str, item: str) -> bytes:
    """A section page of a provincial paper: its stories as linked headlines with a lead, nothing else."""
    items = "".join(item.format(head=head, id=n, lead=f"Ngày {i + 1}-10, {head.lower()} được bạn đọc quan tâm.")
                    for i, (head, n) in enumerate(STORIES * 4))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thời sự - Báo Thanh Hóa</title>
<link rel="canonical" href="{url}"><meta property="og:type" content="article"></head><body><nav><a href="/">Trang chủ</a>
</nav><h1 class="cat-title">Thời sự</h1><div class="list-news">{items}</div></body></html>""".encode()
