"""Award tables: the figures under "Tập thể" and "Cá nhân", row by row, whichever shape the table reached the text in."""

from pipeline.read.html import read_html
from pipeline.run.stages import extract
from tests.conftest import extract_text

_LEAD = ("Tổng kết phong trào thi đua năm 2023\n\n15/01/2024 - 10:20\n\n"
         "Chiều 14/1, UBND huyện Krông Pắc tổ chức hội nghị tổng kết phong trào thi đua yêu nước năm 2023.\n\n")


def awardees(doc) -> list[tuple[int, str, str]]:
    return [(int(f.value), f.unit, f.qualifier) for f in doc.facts if f.kind == "awardee_count"]


def test_a_table_between_bars_gives_each_figure_its_column_s_kind(cfg):
    doc = extract_text(_LEAD + "Kết quả khen thưởng như sau:\n\n"
                       "| Hình thức khen thưởng | Tập thể | Cá nhân |\n"
                       "| Bằng khen của Chủ tịch UBND tỉnh | 6 | 15 |\n"
                       "| Giấy khen của Chủ tịch UBND huyện | 32 | – |\n", cfg)
    assert awardees(doc) == [(6, "tập thể", "Bằng khen của Chủ tịch UBND tỉnh"),
                             (15, "cá nhân", "Bằng khen của Chủ tịch UBND tỉnh"),
                             (32, "tập thể", "Giấy khen của Chủ tịch UBND huyện")]


def test_a_table_whose_tabs_were_flattened_is_read_row_by_row(cfg):
    doc = extract_text(_LEAD + "Kết quả khen thưởng:\n\nHình thức\tCá nhân\tTập thể\n"
                       "Chiến sĩ thi đua cơ sở\t24\t-\nGiấy khen của UBND huyện\t1.105\t87\n", cfg)
    assert [(v, k) for v, k, _ in awardees(doc)] == [(24, "cá nhân"), (1105, "cá nhân"), (87, "tập thể")]


def test_a_table_copied_one_cell_to_a_line_is_read_in_turn(cfg):
    doc = extract_text(_LEAD + "Cụ thể:\n\nHình thức khen thưởng\nTập thể\nCá nhân\n"
                       "Cờ thi đua của UBND tỉnh\n2\n–\nBằng khen của UBND tỉnh\n9\n18\n\n"
                       "Hội nghị cũng phát động phong trào thi đua năm 2024.", cfg)
    assert [(v, k) for v, k, _ in awardees(doc)] == [(2, "tập thể"), (9, "tập thể"), (18, "cá nhân")]


def test_a_table_of_proposals_gives_no_awardees_and_a_total_row_is_a_figure_of_its_own(cfg):
    doc = extract_text(_LEAD + "Huyện đề nghị cấp trên khen thưởng như sau:\n\n"
                       "| Hình thức | Tập thể | Cá nhân |\n| Bằng khen của Thủ tướng Chính phủ | 2 | 3 |\n\n"
                       "Kết quả khen thưởng của huyện:\n\n| Hình thức | Tập thể | Cá nhân |\n"
                       "| Bằng khen của Chủ tịch UBND tỉnh | 4 | 11 |\n"
                       "| Giấy khen của Chủ tịch UBND huyện | 40 | 75 |\n| Tổng cộng | 44 | 86 |\n", cfg)
    assert [(v, k) for v, k, _ in awardees(doc)] == [(4, "tập thể"), (11, "cá nhân"), (40, "tập thể"), (75, "cá nhân"),
                                                     (44, "tập thể"), (86, "cá nhân")]


def test_a_table_by_year_names_no_kind_and_gives_no_awardees(cfg):
    doc = extract_text(_LEAD + "| Danh hiệu | Năm 2022 | Năm 2023 |\n| Gia đình văn hóa | 41.200 | 42.015 |\n", cfg)
    assert awardees(doc) == []


def test_a_saved_page_s_html_table_is_read(cfg):
    page = ("<html><head><title>Tổng kết năm học</title></head><body><article><h1>Ngành Giáo dục huyện Đông Anh tổng "
            "kết năm học 2022-2023</h1><p>Ngày 10/8/2023, Phòng Giáo dục và Đào tạo huyện Đông Anh tổng kết năm học "
            "với nhiều kết quả nổi bật trong phong trào thi đua dạy tốt, học tốt của các nhà trường.</p>"
            "<p>Kết quả thi đua, khen thưởng năm học như sau:</p><table><tr><td>Hình thức</td><td>Tập thể</td>"
            "<td>Cá nhân</td></tr><tr><td>Bằng khen của Chủ tịch UBND thành phố</td><td>7</td><td>19</td></tr>"
            "<tr><td>Giấy khen của Chủ tịch UBND huyện</td><td>58</td><td>412</td></tr></table><p>Năm học mới, "
            "ngành tiếp tục đẩy mạnh các phong trào thi đua trong toàn huyện.</p></article></body></html>")
    doc = extract(read_html(page, "dong-anh.html", cfg), cfg)
    assert [(v, k) for v, k, _ in awardees(doc)] == [(7, "tập thể"), (19, "cá nhân"), (58, "tập thể"), (412, "cá nhân")]
