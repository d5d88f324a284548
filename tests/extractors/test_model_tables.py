"""Model tables: the figures of a models column, row by row, each with its row's unit as the qualifier."""

from pipeline.read.html import read_html
from pipeline.run.stages import extract
from tests.conftest import extract_text

_LEAD = ("Sơ kết công tác dân vận 6 tháng đầu năm\n\n20/06/2024 - 09:15\n\n"
         "Ngày 18/6, Ban Dân vận Huyện ủy Vĩnh Lợi tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024.\n\n")


def models(doc) -> list[tuple[int, str]]:
    return [(int(f.value), f.qualifier) for f in sorted(doc.facts, key=lambda f: f.start) if f.kind == "model_count"]


def test_each_figure_of_a_models_column_is_a_count_of_models(cfg):
    doc = extract_text(_LEAD + "Số mô hình “Dân vận khéo” đăng ký theo địa phương:\n\n"
                       "| Địa phương, đơn vị | Số mô hình |\n|---|---|\n| Xã Châu Hưng A | 11 |\n"
                       "| Thị trấn Châu Hưng | 5 |\n| Khối cơ quan huyện | 14 |\n| Tổng cộng | 30 |\n", cfg)
    assert models(doc) == [(11, "Xã Châu Hưng A"), (5, "Thị trấn Châu Hưng"), (14, "Khối cơ quan huyện"),
                           (30, "Tổng cộng")]


def test_columns_of_changes_shares_and_targets_give_no_count(cfg):
    doc = extract_text(_LEAD + "| Lĩnh vực | Mô hình | Tăng so với 2023 | Tỷ lệ (%) |\n"
                       "| Kinh tế | 42 | 6 | 35 |\n\nChỉ tiêu năm 2025:\n\n| Địa phương | Số mô hình |\n| Xã Hưng Thành | 8 |\n", cfg)
    assert models(doc) == [(42, "Kinh tế")]


def test_a_table_with_no_models_column_gives_no_count(cfg):
    doc = extract_text(_LEAD + "| Địa phương | Số hộ | Số hội viên |\n| Xã Long Thạnh | 120 | 340 |\n", cfg)
    assert models(doc) == []


def test_a_saved_page_s_html_table_is_read(cfg):
    page = ("<html><head><title>Dân vận khéo</title></head><body><article><h1>Huyện Hồng Dân nhân rộng mô hình "
            "“Dân vận khéo”</h1><p>Năm 2023, các cơ quan, đơn vị và địa phương trong huyện Hồng Dân đăng ký xây dựng "
            "nhiều mô hình “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa và an ninh.</p><table><tr><td>Lĩnh vực"
            "</td><td>Số mô hình</td></tr><tr><td>Kinh tế</td><td>26</td></tr><tr><td>Văn hóa - xã hội</td><td>18"
            "</td></tr></table><p>Các mô hình đã góp phần quan trọng vào phát triển kinh tế - xã hội của địa phương.</p>"
            "</article></body></html>")
    doc = extract(read_html(page, "hong-dan.html", cfg), cfg)
    assert models(doc) == [(26, "Kinh tế"), (18, "Văn hóa - xã hội")]


def test_a_table_headed_by_level_under_a_caption_that_counts_models_gives_its_counts(cfg):
    doc = extract_text(_LEAD + "Qua thẩm định, Ban Chỉ đạo công nhận 46 mô hình “Dân vận khéo”, trong đó cấp huyện 14 mô hình,"
                       " cấp xã 32 mô hình. Kết quả như sau:\n\n"
                       "STT | Lĩnh vực | Cấp huyện | Cấp xã\n1 | Kinh tế | 6 | 15\n2 | Văn hóa - xã hội | 8 | 17\n"
                       "Tổng cộng | | 14 | 32\n", cfg)
    assert sorted(v for v, _ in models(doc)) == [6, 8, 14, 14, 15, 17, 32, 32, 46]
    assert (6, "Kinh tế") in models(doc)


def test_a_table_of_other_things_under_a_caption_that_counts_models_gives_none(cfg):
    doc = extract_text(_LEAD + "Huyện có 46 mô hình “Dân vận khéo”. Kết quả hỗ trợ như sau:\n\n"
                       "STT | Xã | Số hộ | Kinh phí (triệu đồng)\n1 | Xã Châu Hưng | 120 | 450\n", cfg)
    assert sorted(v for v, _ in models(doc)) == [46]
