"""Campaigns: quoted names governed by a campaign head, continued, or known; not models or awards."""

import pytest

from pipeline.config import load_config
from tests.conftest import extract_text, facts_of


def campaigns(cfg, text: str, extra: dict | None = None) -> list[str]:
    conf = cfg if not extra else load_config(overrides={"campaigns": extra})
    return facts_of(extract_text(f"Tổng kết\n\n12/12/2023 - 08:00\n\n{text}", conf), "campaign")


@pytest.mark.parametrize("text, expected", [
    ("Huyện ủy thực hiện phong trào thi đua (PTTĐ) “Đồng khởi mới” giai đoạn 2020 - 2025.", ["Đồng khởi mới"]),
    ("Sơ kết phong trào thi đua “Dân vận khéo” và “Dân vận khéo trong xây dựng nông thôn mới nâng cao, đô thị văn minh”.",
     ["Dân vận khéo", "Dân vận khéo trong xây dựng nông thôn mới nâng cao, đô thị văn minh"]),
    ("Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\" và “Xây dựng mô hình 5 không, 3 sạch”.",
     ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Xây dựng mô hình 5 không, 3 sạch"]),
    ("Nhiều phong trào thi đua có sức lan tỏa như “Chung sức xây dựng nông thôn mới”, “Vì người nghèo-Không để ai bị bỏ lại phía sau”.",
     ["Chung sức xây dựng nông thôn mới", "Vì người nghèo-Không để ai bị bỏ lại phía sau"]),
    ("Phường biểu dương 95 gương điển hình 'Dân vận khéo'.", ["Dân vận khéo"]),
    ("Lan tỏa “dân vận khéo” trong vùng đồng bào dân tộc thiểu số.", ["Dân vận khéo"]),
    ("Các nội dung “Dân vận khéo” của Đảng và “Dân vận khéo trong xây dựng nông thôn mới”.",
     ["Dân vận khéo", "Dân vận khéo trong xây dựng nông thôn mới"]),
])
def test_campaigns(cfg, text, expected):
    assert campaigns(cfg, text) == expected


@pytest.mark.parametrize("text", [
    "Ban Dân vận đăng ký thực hiện mô hình “Xóa nhà tạm, nhà dột nát” tại xã Phương Phú.",
    "Có 3 đồng chí được nhận Kỷ niệm chương “Vì sự nghiệp Dân vận của Đảng”.",
    "Thực hiện theo phương châm “Hai chân”, “Ba mũi” với những công trình cụ thể.",
    "Mô hình vận động quỹ “Vì người nghèo và an sinh xã hội” đã vận động được 102 tỷ đồng.",
    "Thực hiện lời dạy của Bác “Dân vận kém thì việc gì cũng kém”.",
    "Duy trì diễn đàn “Lắng nghe dân nói” hằng tháng.",
    "Lễ phát động hưởng ứng “Ngày hội Chuyển đổi số Quốc gia” năm 2025.",
    # a year's emulation theme, a slogan of virtues (ANNOTATION.md: themes and slogans are not campaigns)
    "Hưởng ứng chủ đề thi đua “Kỷ cương, trách nhiệm, hành động, hiệu quả” năm 2024, các đơn vị đã triển khai kế hoạch.",
    "Ngành Thuế chọn chủ đề “Đoàn kết, đổi mới, tăng tốc” cho năm 2022.",
    # a field of work among others listed, not the movement
    "Sở đạt kết quả tốt trên các lĩnh vực: người có công; bảo trợ xã hội; “Đền ơn đáp nghĩa”; trẻ em.",
])
def test_not_campaigns(cfg, text):
    assert campaigns(cfg, text) == []


def test_one_campaign_whatever_its_case_spacing_or_quotes(cfg):
    text = "Phong trào “Dân vận khéo” ... phong trào “ dân vận khéo ” ... phong trào \"DÂN VẬN KHÉO\"."
    assert campaigns(cfg, text) == ["Dân vận khéo"]


def test_abbreviations_the_article_expands_are_written_out(cfg):
    text = ("Huyện thi đua xây dựng nông thôn mới (NTM). "
            "Hưởng ứng phong trào thi đua “Chung sức xây dựng NTM” trên địa bàn.")
    assert campaigns(cfg, text) == ["Chung sức xây dựng nông thôn mới"]


def test_unquoted_lexicon_campaigns_count_only_when_switched_on(cfg):
    text = "Huyện tổng kết 05 năm Phong trào thi đua Dân vận khéo giai đoạn 2016 - 2020."
    assert campaigns(cfg, text) == []
    assert campaigns(cfg, text, {"count_unquoted": True}) == ["Dân vận khéo"]


@pytest.mark.parametrize("text, expected", [
    # a campaign joined to another by "gắn với" is one too
    ("Thị xã đẩy mạnh phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với “Xây dựng đô thị văn minh”.",
     ["Toàn dân đoàn kết xây dựng đời sống văn hóa", "Xây dựng đô thị văn minh"]),
    # one entry whatever its case; written once with a dash and once with a comma, it stands both ways
    ("Phát động phong trào “Người tốt – việc tốt”. Sơ kết phong trào “người tốt – việc tốt”, biểu dương 12 gương "
     "“Người tốt, việc tốt” theo phong trào “Người tốt, việc tốt”.", ["Người tốt – việc tốt", "Người tốt, việc tốt"]),
    # the campaign's name of 2006-2011, known without a head word
    ("Năm 2010, các chi bộ đẩy mạnh việc “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh” gắn với nhiệm vụ chính trị.",
     ["Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"]),
])
def test_joined_respelt_and_older_names(cfg, text, expected):
    assert campaigns(cfg, text) == expected


@pytest.mark.parametrize("text", [
    # a known name as a directive's subject, a year's theme, or the field an honour was earned in: no movement's head
    "Huyện ủy sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh “Học tập và làm "
    "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.",
    "Thành ủy triển khai chuyên đề năm 2024 “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.",
    # (the directive's title after a colon)
    "Đảng bộ xã tiếp tục thực hiện Chỉ thị 03-CT/TW của Bộ Chính trị: “Học tập và làm theo tấm gương đạo đức Hồ Chí "
    "Minh”.",
    "UBND huyện tặng giấy khen cho 12 tập thể, 20 cá nhân có thành tích xuất sắc trong “Học tập và làm theo tư tưởng, "
    "đạo đức, phong cách Hồ Chí Minh”.",
])
def test_a_known_name_as_a_directive_s_subject_theme_or_field_is_no_campaign(cfg, text):
    assert campaigns(cfg, text) == []


def test_a_known_name_under_its_head_elsewhere_stays_a_campaign(cfg):
    text = ("Thực hiện Chỉ thị 05 của Bộ Chính trị về “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, "
            "Hội Nông dân xã phát động phong trào “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.")
    assert campaigns(cfg, text) == ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"]


def test_a_colon_list_of_movements_and_a_club_in_it(cfg):
    text = ("Huyện tập trung thực hiện tốt các phong trào: “Chung sức xây dựng nông thôn mới”; “Nông dân sản xuất "
            "kinh doanh giỏi”. Nâng cao chất lượng phong trào xây dựng gia đình văn hóa như: “Câu lạc bộ gia đình "
            "hạnh phúc”.")
    assert campaigns(cfg, text) == ["Chung sức xây dựng nông thôn mới", "Nông dân sản xuất kinh doanh giỏi"]


def test_a_list_after_an_abbreviated_movement_and_an_unquoted_item_still_counts(cfg):
    doc = extract_text("Tổng kết thi đua\n\nTừ những PTTĐYN được phát động như: Tỉnh Yên Bái chung sức xây dựng nông thôn "
                       "mới; \"Yên Bái chung tay vì người nghèo”; \"Toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với "
                       "\"Chương trình xây dựng đô thị văn minh”; \"Phụ nữ tích cực học tập, lao động sáng tạo”.", cfg)
    assert facts_of(doc, "campaign") == ["Yên Bái chung tay vì người nghèo",
                                         "Toàn dân đoàn kết xây dựng đời sống văn hóa",
                                         "Phụ nữ tích cực học tập, lao động sáng tạo"]


def test_models_listed_after_the_movements_are_not_campaigns(cfg):
    text = ("Nhiều phong trào thi đua, cuộc vận động của Hội đi vào cuộc sống bằng những việc làm, mô hình cụ thể, "
            "như: “Nhà sạch – vườn đẹp”, “Ngày thứ Bảy xanh”, “Tặng sữa cho trẻ em nghèo”. Các phong trào như "
            "“Phụ nữ tích cực học tập, lao động sáng tạo”, “Xây dựng gia đình 5 không, 3 sạch” được hưởng ứng.")
    assert campaigns(cfg, text) == ["Phụ nữ tích cực học tập, lao động sáng tạo", "Xây dựng gia đình 5 không, 3 sạch"]


def test_an_abbreviation_defined_inside_the_name_is_written_out_once(cfg):
    doc = extract_text("Tổng kết Cuộc vận động\n\n05/11/2024 - 08:00\n\nCuộc vận động “Toàn dân đoàn kết xây dựng nông "
                       "thôn mới (NTM), đô thị văn minh (ĐTVM)” gắn với Phong trào “Cả nước chung sức xây dựng NTM”.", cfg)
    assert sorted(f.value for f in doc.facts if f.kind == "campaign") == [
        "Cả nước chung sức xây dựng nông thôn mới", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"]


def test_the_models_listed_under_a_movement_are_not_campaigns(cfg):
    doc = extract_text("Bảo vệ an ninh Tổ quốc\n\n05/11/2024 - 08:00\n\nĐến nay toàn tỉnh có 312 mô hình trong phong trào "
                       "toàn dân bảo vệ an ninh Tổ quốc như “Camera an ninh”, “Tổ liên gia tự quản”, “Khu dân cư ba không”.",
                       cfg)
    assert [f.value for f in doc.facts if f.kind == "campaign"] == []


def test_a_list_whose_items_name_the_body_that_runs_them_in_brackets(cfg):
    text = ("Nổi bật là các phong trào như: “Tuổi trẻ sáng tạo” (Tỉnh đoàn); “Phụ nữ tích cực học tập, lao động sáng tạo, "
            "xây dựng gia đình hạnh phúc” (Hội LHPN tỉnh); “Cựu chiến binh gương mẫu” (Hội CCB tỉnh).")
    assert campaigns(cfg, text) == ["Tuổi trẻ sáng tạo", "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
                                    "Cựu chiến binh gương mẫu"]


def test_a_list_whose_commas_sit_inside_the_closing_quotes(cfg):
    text = ("Các phong trào như “Tuổi trẻ sáng tạo,” “Tháng Ba biên giới,” phủ xanh đồi trọc… được đoàn viên hưởng ứng.")
    assert campaigns(cfg, text) == ["Tuổi trẻ sáng tạo", "Tháng Ba biên giới"]


def test_a_known_campaign_quoted_as_a_model_s_name_opens_no_list(cfg):
    text = "Chi bộ nhân rộng các mô hình “Dân vận khéo”, “Tổ tự quản đường hoa” trong khu phố."
    assert campaigns(cfg, text) == ["Dân vận khéo"]


@pytest.mark.parametrize("text, expected", [
    # a lexicon campaign written by its initials, or with a diacritic slipped, is the campaign
    # (initials stand for the campaign the article names in full too; alone, they are kept as written)
    ("Huyện tổng kết 20 năm thực hiện Phong trào “TDĐKXDĐSVH”. Cuộc vận động toàn dân đoàn kết xây dựng đời sống "
     "văn hóa ở khu dân cư đạt nhiều kết quả.", ["Toàn dân đoàn kết xây dựng đời sống văn hóa"]),
    ("Huyện tổng kết 20 năm thực hiện Phong trào “TDĐKXDĐSVH” giai đoạn 2000 - 2020.", ["TDĐKXDĐSVH"]),
    # a long abbreviation typed with a letter left out is the one the article expands, or the lexicon's
    ("Thị trấn sơ kết cuộc vận động Toàn dân đoàn kết xây dựng đời sống văn hóa (TDĐKXDĐSVH). Có 42 khu dân cư đăng ký "
     "thực hiện phong trào “TDKXDĐSVH”.", ["Toàn dân đoàn kết xây dựng đời sống văn hóa"]),
    ("Xã triển khai phong trào “TDĐKXDĐSV”. Cuộc vận động toàn dân đoàn kết xây dựng đời sống văn hóa được hưởng ứng.",
     ["Toàn dân đoàn kết xây dựng đời sống văn hóa"]),
    # initials written in groups, and words partly written by groups of initials
    ("Thị trấn họp Ban chỉ đạo phong trào “TD ĐKXD ĐSVH”. Năm qua, phong trào “Toàn dân đoàn kết xây dựng đời sống văn "
     "hóa” có nhiều chuyển biến.", ["Toàn dân đoàn kết xây dựng đời sống văn hóa"]),
    ("Xã Quỳnh Lập tổng kết 20 năm cuộc vận động “Toàn dân ĐKXD ĐSVH ở khu dân cư”.",
     ["Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"]),
    # (grouped initials alone, with the name nowhere written, stay as written; so does a word mistyped: the words
    # inside the quotes)
    ("Xã phát động phong trào “TD ĐKXD ĐSVH” năm 2019.", ["TD ĐKXD ĐSVH"]),
    ("Ông Tâm, Trưởng ban chỉ đạo phong trào “Toàn dân toàn kết xây dựng đời sống văn hóa” phường, chủ trì hội nghị.",
     ["Toàn dân toàn kết xây dựng đời sống văn hóa"]),
    # (short ones a letter apart are other names)
    ("Huyện phát động phong trào “NTMK” trong thanh niên; chương trình nông thôn mới (NTM) về đích.", ["NTMK"]),
    ("Mô hình tiêu biểu của phong trào thi đua “Dân vân khéo” ở xã Long Hựu.", ["Dân vận khéo"]),
    # (its punctuation is as written: a dash for a comma is another spelling, not a slip)
    ("Hưởng ứng phong trào “Vì người nghèo-không để ai bị bỏ lại phía sau”.",
     ["Vì người nghèo-không để ai bị bỏ lại phía sau"]),
    # movements listed with semicolons, the earlier ones unquoted
    ("Nổi bật là các phong trào thi đua lao động giỏi; xây dựng nông thôn mới; “Toàn dân tham gia giữ gìn trật tự "
     "an toàn giao thông”.", ["Toàn dân tham gia giữ gìn trật tự an toàn giao thông"]),
])
def test_initials_slipped_diacritics_and_semicolon_lists(cfg, text, expected):
    assert campaigns(cfg, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an uprising of the war years is history, not an emulation movement
    ("Các mẹ từng tham gia phong trào “Đồng Khởi” ở Bến Tre năm 1960 nay tiếp tục phong trào “Đồng khởi mới”.",
     ["Đồng khởi mới"]),
    ("Các cựu chiến binh ôn lại truyền thống của phong trào “Đồng khởi” năm xưa.", []),
    # a quote left open runs on: the campaign is the lexicon name it begins with
    ('Ban Chỉ đạo xây dựng phong trào "Toàn dân bảo vệ an ninh Tổ quốc huyện Krông Pa tổ chức Ngày hội "Toàn dân '
     'bảo vệ an ninh Tổ quốc" năm 2023.', ["Toàn dân bảo vệ an ninh Tổ quốc"]),
    # a name whose quote never closes in its sentence ends at the first comma
    ("Phong trào gắn với cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam, nhờ đó nhiều mô hình ra đời.",
     ["Người Việt Nam ưu tiên dùng hàng Việt Nam"]),
    ("Công đoàn tôn vinh đoàn viên trong phong trào thi đua “Giỏi việc nước, đảm việc nhà. Giải thưởng được trao hằng "
     "năm.", ["Giỏi việc nước, đảm việc nhà"]),
    # a drive's length between its head and its name
    ("Công an tỉnh phát động đợt thi đua 90 ngày đêm “Vì bình yên thôn bản” năm 2024.", ["Vì bình yên thôn bản"]),
    # a list item whose closing quote is missing ends at the comma before the next item's opening quote
    ("Huyện duy trì các phong trào như “Chung tay vì người nghèo”, “Thanh niên lập nghiệp, “Tuổi trẻ giữ nước”… "
     "với nhiều kết quả.", ["Chung tay vì người nghèo", "Thanh niên lập nghiệp", "Tuổi trẻ giữ nước"]),
])
def test_history_and_quotes_left_open(cfg, text, expected):
    assert campaigns(cfg, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a movement on one theme
    ("Các cơ quan hưởng ứng phong trào thi đua chuyên đề “Đẩy mạnh chuyển đổi số trong cơ quan nhà nước”.",
     ["Đẩy mạnh chuyển đổi số trong cơ quan nhà nước"]),
    # one campaign whose head was once written inside its quotes, or whose words were once repeated by a slip
    ("Hội nghị tổng kết cuộc vận động “Cuộc vận động Mỗi ngày một tin tốt”. Tiếp tục thực hiện cuộc vận động “Mỗi ngày "
     "một tin tốt” trong giai đoạn mới.", ["Mỗi ngày một tin tốt"]),
    ("Hội đẩy mạnh phong trào “Cựu chiến binh gương mẫu”. Nhiều hội viên hưởng ứng phong trào “Cựu chiến binh chiến binh "
     "gương mẫu” ở khu dân cư.", ["Cựu chiến binh gương mẫu"]),
    # a known name quoted as activities, or as a verb in lower case, is no campaign; headed by a movement, it is one
    ("Dịp 27/7, tỉnh đẩy mạnh các hoạt động “Đền ơn đáp nghĩa”, “Uống nước nhớ nguồn” và công tác an sinh xã hội.", []),
    ("Dịp 27/7, tỉnh đẩy mạnh các phong trào “Đền ơn đáp nghĩa”, “Uống nước nhớ nguồn” và công tác an sinh xã hội.",
     ["Đền ơn đáp nghĩa", "Uống nước nhớ nguồn"]),
    ("Theo anh, để “dân vận khéo” thì cán bộ phải gần dân, hiểu dân.", []),
    # the second of two movements joined by a dash, named again on its own: two campaigns, not a twin
    ("LĐLĐ huyện phát động phong trào “LĐ giỏi - LĐ sáng tạo”. Năm nay, tổng kết 5 năm phong trào “LĐ sáng tạo” trong "
     "đoàn viên công đoàn.", ["LĐ giỏi - LĐ sáng tạo", "LĐ sáng tạo"]),
])
def test_themes_twins_activities_and_sayings(cfg, text, expected):
    assert campaigns(cfg, text) == expected


def test_what_a_movement_is_called_is_not_a_list_of_campaigns(cfg):
    assert campaigns(cfg, "Phong trào cả nước chung tay xóa nhà tạm, nhà dột nát là “công trình quốc gia đặc biệt” "
                          "chào mừng 80 năm Quốc khánh.") == []
    assert campaigns(cfg, "Các phong trào thi đua tiêu biểu là: “Lao động giỏi, lao động sáng tạo”, “Xanh - Sạch - Đẹp”.") \
        == ["Lao động giỏi, lao động sáng tạo", "Xanh - Sạch - Đẹp"]


def test_a_list_of_movements_goes_on_past_the_body_that_runs_one(cfg):
    text = ("Cùng với đó, các phong trào như: “Tuổi trẻ sáng tạo”, “3 sẵn sàng” của Đoàn Thanh niên, “Phụ nữ tích cực "
            "học tập, lao động sáng tạo” được triển khai rộng khắp.")
    assert campaigns(cfg, text) == ["Tuổi trẻ sáng tạo", "3 sẵn sàng", "Phụ nữ tích cực học tập, lao động sáng tạo"]


def test_models_listed_after_a_campaign_s_name_are_not_campaigns(cfg):
    text = "Huyện đã nhân rộng các mô hình hay như “Dân vận khéo”, “Chợ an toàn thực phẩm”, “Đường hoa nông thôn mới”."
    assert campaigns(cfg, text) == ["Dân vận khéo"]


def test_quoted_words_that_end_a_known_campaign_s_name_name_it(cfg):
    text = "Hội viên được tuyên truyền về thực hiện cuộc vận động xây dựng gia đình “5 không, 3 sạch” tại xã."
    assert campaigns(cfg, text) == ["5 không, 3 sạch"]


def test_a_known_campaign_s_name_quoted_as_funds_is_no_campaign(cfg):
    assert campaigns(cfg, "Người dân tích cực đóng góp các quỹ “Đền ơn đáp nghĩa”, “Uống nước nhớ nguồn”, “Vì người nghèo”.") == []


def test_a_name_whose_quote_is_never_closed_ends_at_a_semicolon(cfg):
    assert campaigns(cfg, "Các khu phố thực hiện tốt cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư; "
                          "các nội dung của cuộc vận động được triển khai đồng bộ.") == [
        "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"]


def test_a_moral_s_list_of_sayings_names_no_campaign(cfg):
    doc = extract_text("Tri ân các anh hùng liệt sĩ\n\n20/07/2023 - 08:00\n\nVới truyền thống đạo lý “uống nước nhớ nguồn”, "
                       "“Đền ơn đáp nghĩa”, nhân dân xã luôn ghi nhớ công ơn các anh hùng liệt sĩ.", cfg)
    assert facts_of(doc, "campaign") == []


def test_a_head_word_with_a_slipped_tone_mark_still_opens_a_list(cfg):
    assert campaigns(cfg, "Nổi bật là các phòng trào: “Xây dựng gia đình 5 không 3 sạch”, “Phụ nữ tích cực học tập, lao "
                          "động sáng tạo”… được hội viên hưởng ứng.") == [
        "Xây dựng gia đình 5 không 3 sạch", "Phụ nữ tích cực học tập, lao động sáng tạo"]


def test_the_unit_of_a_steering_committee_is_not_part_of_the_campaign_s_name(cfg):
    assert campaigns(cfg, "Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa huyện” tổ chức hội nghị "
                          "tổng kết năm 2019.") == ["Toàn dân đoàn kết xây dựng đời sống văn hóa"]


def test_a_movement_whose_head_word_stands_inside_its_quotes(cfg):
    assert campaigns(cfg, "Thông qua “Phong trào cựu chiến binh gương mẫu, giúp nhau làm kinh tế giỏi”, Hội đã vận động "
                          "hội viên đổi mới cách nghĩ, cách làm.") == [
        "Phong trào cựu chiến binh gương mẫu, giúp nhau làm kinh tế giỏi"]



def test_a_known_campaign_with_its_head_inside_the_quotes_is_written_as_quoted(cfg):
    # the words inside the quotation marks (the guide), even where the lexicon knows the name without its head
    assert campaigns(cfg, "Hội viên tích cực hưởng ứng “Phong trào thi đua cả nước chung tay xóa nhà tạm, nhà dột nát” "
                          "trên địa bàn huyện.") == ["Phong trào thi đua cả nước chung tay xóa nhà tạm, nhà dột nát"]


def test_the_prize_winning_works_of_a_contest_are_no_campaigns(cfg):
    assert campaigns(cfg, "Qua cuộc thi viết về gương người tốt trong phong trào thi đua yêu nước, huyện đã chọn các tác "
                          "phẩm xuất sắc để trao giải, trong đó tác phẩm đạt giải Nhất là: “Mùa vàng trên quê hương” của "
                          "tác giả Lê Thị Hoa.") == []


def test_an_emulation_title_in_quotes_is_no_campaign(cfg):
    text = ("Công đoàn ngành Giáo dục tổng kết năm học\n\nNăm học qua, 845 nữ đoàn viên đạt danh hiệu thi đua 'Hai giỏi' "
            "cấp cơ sở. Công đoàn tiếp tục phát động phong trào thi đua “Giỏi việc trường, đảm việc nhà”.")
    assert campaigns(cfg, text) == ["Giỏi việc trường, đảm việc nhà"]


def test_a_campaign_written_once_with_initials_and_once_in_full_is_one(cfg):
    doc = extract_text("Sơ kết phong trào\n\n12/12/2023 - 08:00\n\nCông an xã phát động phong trào “Vì ANTQ” năm 2024. "
                       "Phong trào “Vì An ninh Tổ quốc” được đông đảo quần chúng hưởng ứng.", cfg)
    assert facts_of(doc, "campaign") == ["Vì An ninh Tổ quốc"]


def test_a_campaign_written_once_with_initials_and_once_in_full_with_a_dash_is_one(cfg):
    doc = extract_text("Sơ kết cuộc vận động\n\n12/12/2023 - 08:00\n\nThực hiện cuộc vận động “Toàn dân đoàn kết xây dựng "
                       "Nông thôn mới - Đô thị văn minh”, các thôn đã ra quân. Kết quả cuộc vận động “Toàn dân đoàn kết xây "
                       "dựng NTM đô thị văn minh” được biểu dương.", cfg)
    assert facts_of(doc, "campaign") == ["Toàn dân đoàn kết xây dựng Nông thôn mới - Đô thị văn minh"]


def test_a_long_abbreviation_defined_inside_the_quotes_is_not_part_of_the_name(cfg):
    # the ten initials of the movement, bracketed after its name, then used alone
    text = ("Thị xã Nghĩa Lộ tổng kết Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa (TDĐKXDĐSVH)” giai đoạn "
            "2000 - 2020. Qua 20 năm, phong trào TDĐKXDĐSVH đã có 85% gia đình đạt danh hiệu Gia đình văn hóa.")
    assert campaigns(cfg, text) == ["Toàn dân đoàn kết xây dựng đời sống văn hóa"]


def test_the_movements_a_plan_puts_first_are_campaigns(cfg):
    text = ("Năm 2024, Cụm thi đua số 4 tiếp tục triển khai các phong trào thi đua trọng tâm “Cả nước chung tay vì người "
            "nghèo, không để ai bị bỏ lại phía sau”, “Xây dựng cơ quan, đơn vị văn hóa”.")
    assert campaigns(cfg, text) == ["Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau",
                                    "Xây dựng cơ quan, đơn vị văn hóa"]


def test_a_leader_s_sentence_quoted_is_no_campaign(cfg):
    text = ("Phó Chủ tịch nước nhấn mạnh: “Phong trào thi đua yêu nước phải trở thành động lực để mỗi cán bộ, công chức "
            "cống hiến nhiều hơn cho quê hương”.")
    assert campaigns(cfg, text) == []


def test_an_opening_quote_typed_for_the_closing_one_before_a_semicolon_closes_the_name(cfg):
    text = ("Hội chỉ đạo cơ sở đăng ký mô hình gắn với các phong trào như: phong trào “Phụ nữ tích cực học tập, lao động "
            "sáng tạo, xây dựng gia đình hạnh phúc“; cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”.")
    assert campaigns(cfg, text) == ["Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
                                    "Xây dựng gia đình 5 không, 3 sạch"]


def test_two_single_closing_marks_end_a_name_and_funds_listed_are_no_campaigns(cfg):
    assert campaigns(cfg, "Thị xã sơ kết Cuộc vận động “Người Bình Định nói lời hay làm việc tốt’’ năm 2024.") == [
        "Người Bình Định nói lời hay làm việc tốt"]
    assert campaigns(cfg, "Các quỹ “Vì người nghèo”, “Vì biển đảo quê hương”, “Đền ơn đáp nghĩa” được vận động hiệu quả.") == []


def test_a_tradition_quoted_is_no_campaign_and_a_list_typed_with_its_marks_reversed_is_read(cfg):
    assert campaigns(cfg, "Bà con phát huy truyền thống “uống nước nhớ nguồn”, “đền ơn đáp nghĩa”, chăm lo gia đình "
                          "chính sách.") == []
    assert campaigns(cfg, "Xã tập trung các phong trào thi đua như: “Chung sức xây dựng nông thôn mới kiểu mẫu“,”Phát "
                          "triển vùng lúa chất lượng cao“,”Toàn dân đoàn kết xây dựng đời sống văn hóa”...") == [
        "Chung sức xây dựng nông thôn mới kiểu mẫu", "Phát triển vùng lúa chất lượng cao",
        "Toàn dân đoàn kết xây dựng đời sống văn hóa"]


def test_a_straight_mark_after_a_colon_opens_the_list_inside_a_speech(cfg):
    text = ('Bà Lê Thị Mai cho biết: "Hằng năm, Hội ký cam kết thi đua với các chi hội về các phong trào thi đua như: '
            '"Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”, "Phụ nữ làm kinh tế giỏi”.')
    assert campaigns(cfg, text) == ["Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
                                    "Phụ nữ làm kinh tế giỏi"]


def test_a_campaign_written_again_without_its_opening_words_is_one_campaign(cfg):
    text = ("Hội tích cực thực hiện Cuộc vận động “Xây dựng gia đình 5 có, 3 sạch” trong hội viên. Nhờ đó, chị em đã chung "
            "tay thực hiện CVĐ “gia đình 5 có, 3 sạch” ở từng chi hội.")
    assert campaigns(cfg, text) == ["Xây dựng gia đình 5 có, 3 sạch"]


def test_a_campaign_quoted_with_its_head_inside_and_again_without_is_kept_once(cfg):
    text = ("Hội triển khai “Cuộc vận động xây dựng gia đình 5 có 3 sạch” đến từng chi hội. Cuộc vận động “Xây dựng Gia "
            "đình 5 có 3 sạch” do Trung ương Hội phát động là nội dung trọng tâm của công tác Hội.")
    assert campaigns(cfg, text) == ["Xây dựng Gia đình 5 có 3 sạch"]


def test_wartime_feats_listed_after_a_movement_are_no_campaigns(cfg):
    text = ("Trong hai cuộc kháng chiến, quân và dân tỉnh đã bùng lên những phong trào thi đua yêu nước sôi nổi, với những "
            "chiến công hiển hách như: “Đồng Xoài rực lửa”, “Bù Đăng quật khởi”.")
    assert campaigns(cfg, text) == []


@pytest.mark.parametrize("text, expected", [
    # a movement to build a kind of unit, its name quoted after the unit
    ("Tuyên dương 12 tập thể trong phong trào xây dựng cơ quan “Xanh, sạch, đẹp, an toàn” năm 2023.", ["Xanh, sạch, đẹp, an toàn"]),
    ("Phong trào thi đua xây dựng các mô hình “Tổ liên gia tự quản” được nhân rộng.", []),
    ("Các chi hội đẩy mạnh phong trào xây dựng “Gia đình văn hóa” ở khu dân cư.", []),  # a title, right after the verb
    # a short name, then the quoted name after a colon
    ("Hội Phụ nữ gắn với cuộc vận động 5 không: “Không đói nghèo, không vi phạm pháp luật, không bạo lực gia đình”.",
     ["Không đói nghèo, không vi phạm pháp luật, không bạo lực gia đình"]),
    # the last item of a coordinated name, quoted alone, is a movement of its own
    ("Sơ kết phong trào “Sáng tạo trẻ” và phong trào thi đua “Học tập giỏi, sáng tạo trẻ” của Đoàn trường.",
     ["Sáng tạo trẻ", "Học tập giỏi, sáng tạo trẻ"]),
])
def test_campaigns_named_after_a_verb_a_colon_or_in_a_coordination(cfg, text, expected):
    assert sorted(campaigns(cfg, text)) == sorted(expected)


def test_a_closing_mark_typed_for_the_opening_one_after_the_head(cfg):
    text = "Hội viên đi đầu trong phong trào” Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư”, giúp nhau giảm nghèo."
    assert campaigns(cfg, text) == ["Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"]


def test_a_name_typed_with_both_tone_spellings_in_one_article_is_one_campaign(cfg):
    # (portals mix "hóa" and "hoá" within one page; the table keeps the first as written, once)
    text = ("Năm 2022, xã Tân Phú phát động phong trào “Toàn dân đoàn kết xây dựng đời sống văn hoá”. Qua hai năm, "
            "phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” đã lan rộng; cuộc vận động “Ngày vì người nghèo” "
            "và cuộc vận động “Ngày Vì Người Nghèo” được hưởng ứng.")
    assert campaigns(cfg, text) == ["Toàn dân đoàn kết xây dựng đời sống văn hoá", "Ngày vì người nghèo"]


def test_a_name_typed_with_the_space_after_a_comma_left_out_or_put_before_it_is_the_same_name(cfg):
    # (content systems lose or move the space: the known name is still known, and one name stays one row)
    text = ("Đảng bộ xã An Nhơn gắn với đẩy mạnh “Học tập và làm theo tư tưởng,đạo đức,phong cách Hồ Chí Minh”. "
            "Phong trào “Người tốt, việc tốt” lan tỏa; nhiều gương “Người tốt , việc tốt” được nêu.")
    assert campaigns(cfg, text) == ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Người tốt, việc tốt"]


def test_a_name_with_its_tone_mark_on_another_vowel_is_kept_as_written(cfg):
    text = "Năm 2023, huyện đẩy mạnh phong trào “Toàn dân đoàn kết xây dựng đời sống văn hoá” ở khu dân cư."
    assert campaigns(cfg, text) == ["Toàn dân đoàn kết xây dựng đời sống văn hoá"]
    capitals = "Năm 2023, huyện đẩy mạnh phong trào “TOÀN DÂN ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HOÁ” ở khu dân cư."
    assert campaigns(cfg, capitals) == ["Toàn dân đoàn kết xây dựng đời sống văn hoá"]


def test_movements_coordinated_with_whom_each_is_for(cfg):
    text = ("Xã đẩy mạnh phong trào “5 có” đối với thôn (có nhà văn hóa, có đường hoa, có sân thể thao) và “3 sạch” đối với "
            "hộ gia đình.")
    assert sorted(campaigns(cfg, text)) == ["3 sạch", "5 có"]


def test_a_name_after_its_head_whose_opening_quote_was_left_out(cfg):
    doc = extract_text("Hội nghị tổng kết\n\nĐơn vị gắn phong trào thi đua yêu nước với việc học tập và làm theo tư tưởng, "
                       "đạo đức, phong cách Hồ Chí Minh, Cuộc vận động Xây dựng nông thôn mới gắn với đô thị văn minh” và "
                       "các nhiệm vụ chính trị.", cfg)
    assert facts_of(doc, "campaign") == ["Xây dựng nông thôn mới gắn với đô thị văn minh"]
    # (a leader's words quoted, the head inside them, are no name)
    doc = extract_text("Hội nghị tổng kết\n\nÔng nói: “Phong trào thi đua yêu nước phải trở thành động lực” của mọi người.", cfg)
    assert facts_of(doc, "campaign") == []



@pytest.mark.parametrize("text", [
    "Huyện tập trung vào các phong trào thi đua “Toàn dân chung sức xây dựng nông thôn mới , “Dân vận khéo”, “Người tốt, "
    "việc tốt”.",  # the first item's quote never closed
    "Huyện tập trung vào các phong trào thi đua “Toàn dân chung sức xây dựng nông thôn mới”, “Dân vận khéo, “Người tốt, "
    "việc tốt”.",  # the second's
])
def test_a_list_of_names_with_a_quote_left_open(cfg, text):
    assert sorted(campaigns(cfg, text)) == ["Dân vận khéo", "Người tốt, việc tốt", "Toàn dân chung sức xây dựng nông thôn mới"]


def test_a_long_name_with_its_head_inside_the_quotes_and_its_focus_stated(cfg):
    text = ("Xã tiếp tục thực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy về “Cuộc vận động Nhân dân hiến đất, góp công "
            "để mở rộng, nâng cấp, chỉnh trang hạ tầng giao thông, trọng tâm là đường liên thôn, ngõ xóm ở khu vực nông thôn "
            "trên địa bàn tỉnh theo hướng đồng bộ, xanh, sạch, đẹp và hiện đại”.")
    assert campaigns(cfg, text) == [
        "Cuộc vận động Nhân dân hiến đất, góp công để mở rộng, nâng cấp, chỉnh trang hạ tầng giao thông, trọng tâm là đường "
        "liên thôn, ngõ xóm ở khu vực nông thôn trên địa bàn tỉnh theo hướng đồng bộ, xanh, sạch, đẹp và hiện đại"]


@pytest.mark.parametrize("text, expected", [
    ("Năm 2021, các cấp hội triển khai cuộc vận động phụ nữ Gia Lai “Đoàn kết, sáng tạo, xây dựng gia đình hạnh phúc”.",
     ["Đoàn kết, sáng tạo, xây dựng gia đình hạnh phúc"]),
    ("Hội tiếp tục phát động phong trào thi đua cựu chiến binh “Gương mẫu, đoàn kết, giúp nhau làm kinh tế”.",
     ["Gương mẫu, đoàn kết, giúp nhau làm kinh tế"]),
    # whom a gift goes to is no campaign head
    ("Hội trao quà cho phụ nữ “Mẹ đỡ đầu” có hoàn cảnh khó khăn.", []),
])
def test_a_campaign_head_may_name_whom_it_calls_on(cfg, text, expected):
    assert campaigns(cfg, text) == expected


def test_the_title_of_an_emulation_flag_is_an_award_not_a_campaign(cfg):
    text = ("Năm 2019, Công an huyện được Bộ Công an tặng Cờ thi đua “Đơn vị dẫn đầu trong phong trào thi đua Vì an ninh "
            "Tổ quốc”; 3 đơn vị được tặng Cờ “Đơn vị xuất sắc phong trào thi đua Vì an ninh Tổ quốc”. Phong trào "
            "“Toàn dân bảo vệ an ninh Tổ quốc” được triển khai sâu rộng.")
    assert campaigns(cfg, text) == ["Toàn dân bảo vệ an ninh Tổ quốc"]


def test_a_name_in_curly_quotes_that_quotes_a_phrase_in_straight_ones_is_read_whole(cfg):
    text = ("Hội Phụ nữ triển khai phong trào thi đua “Phụ nữ Biên phòng - \"Ba đảm đang\" nơi biên giới, hải đảo”, "
            "góp phần giữ vững an ninh biên giới.")
    assert campaigns(cfg, text) == ["Phụ nữ Biên phòng - Ba đảm đang nơi biên giới, hải đảo"]
    # (a straight pair on its own is still a name of its own)
    assert campaigns(cfg, 'Phong trào "Ba đảm đang" được phát động.') == ["Ba đảm đang"]


def test_a_straight_mark_closing_an_earlier_quotation_opens_no_name(cfg):
    # (the quotation opened a paragraph before)
    text = ('Ông Lâm nói: "Năm qua, đơn vị không để xảy ra vụ việc phức tạp.\n\nNhờ vậy, phong trào ngày càng lan tỏa '
            'trong toàn lực lượng của đơn vị".Thực hiện cuộc vận động "CAND chấp hành nghiêm điều lệnh, xây dựng nếp '
            'sống văn hóa vì nhân dân phục vụ", Công an huyện có nhiều chuyển biến.')
    assert campaigns(cfg, text) == ["CAND chấp hành nghiêm điều lệnh, xây dựng nếp sống văn hóa vì nhân dân phục vụ"]


def test_a_campaign_first_met_in_a_headline_s_capitals_is_written_as_the_body_writes_it(cfg):
    doc = extract_text("PHỤ NỮ HUYỆN ĐÔNG HẢI THI ĐUA “GIỎI VIỆC NƯỚC – ĐẢM VIỆC NHÀ”\n\n12/12/2023 - 08:00\n\n"
                       "Hội LHPN huyện đẩy mạnh phong trào thi đua “Giỏi việc nước – Đảm việc nhà” trong hội viên.", cfg)
    assert facts_of(doc, "campaign") == ["Giỏi việc nước – Đảm việc nhà"]
    # (and a portal's headline in title case)
    doc = extract_text("Phụ Nữ Huyện Đông Hải Thi Đua “Giỏi Việc Nước – Đảm Việc Nhà”\n\n12/12/2023 - 08:00\n\n"
                       "Hội LHPN huyện đẩy mạnh phong trào thi đua “Giỏi việc nước – Đảm việc nhà” trong hội viên.", cfg)
    assert facts_of(doc, "campaign") == ["Giỏi việc nước – Đảm việc nhà"]


_REPORT = ("Tổng kết năm 2023\n\nSáng 10/1, UBND huyện Thạch Hà tổng kết 10 năm xây dựng nông thôn mới (NTM).\n\n")


@pytest.mark.parametrize("sentence, expected", [
    ("Phong trào thi đua “Dân vận khéo” được triển khai sâu rộng.",
     ["Dân vận khéo"]),
    ("Cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa” đạt nhiều kết quả.",
     ["Toàn dân đoàn kết xây dựng đời sống văn hóa"]),
    ("Huyện thực hiện tốt các phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”, “Chung sức xây dựng nông thôn mới” và “Toàn dân bảo vệ an ninh Tổ quốc”.",
     ["Chung sức xây dựng nông thôn mới", "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Toàn dân bảo vệ an ninh Tổ quốc"]),
    ("Mô hình “Tuyến đường hoa” được nhân rộng.",
     []),
    ("Hội thi “Dân vận khéo” thu hút 20 đội tham gia.",
     ["Dân vận khéo"]),
    ("Dịp này, 5 cá nhân được tặng Kỷ niệm chương “Vì sự nghiệp Dân vận của Đảng”.",
     []),
    ("Chương trình “Tiếp sức mùa thi” hỗ trợ 500 thí sinh.",
     []),
    ("PTTĐ “Chung sức xây dựng NTM” được các xã hưởng ứng.",
     ["Chung sức xây dựng nông thôn mới"]),
    ("Phụ nữ huyện tích cực hưởng ứng cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”.",
     ["Xây dựng gia đình 5 không, 3 sạch"]),
    ("Đoàn viên thanh niên hưởng ứng phong trào “Tuổi trẻ chung tay xây dựng văn minh đô thị”.",
     ["Tuổi trẻ chung tay xây dựng văn minh đô thị"]),
    ("Phong trào “Đồng khởi” năm 1960 là mốc son lịch sử của Bến Tre.",
     []),
    ("Thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
     []),
])
def test_campaigns_as_papers_name_them(cfg, sentence, expected):
    doc = extract_text(_REPORT + sentence, cfg)
    assert sorted(f.value for f in doc.facts if f.kind == "campaign") == expected


def test_the_youth_union_s_three_revolutionary_movements_after_a_colon(cfg):
    assert campaigns(cfg, "Năm 2022, Huyện Đoàn Châu Thành triển khai ba phong trào hành động cách mạng: “Thanh niên "
                          "tình nguyện”, “Tuổi trẻ sáng tạo”, “Tuổi trẻ xung kích bảo vệ Tổ quốc” gắn với các chương trình "
                          "đồng hành với thanh niên.") == ["Thanh niên tình nguyện", "Tuổi trẻ sáng tạo",
                                                           "Tuổi trẻ xung kích bảo vệ Tổ quốc"]


def test_campaigns_listed_after_is_are_each_named_and_one_name_after_is_is_what_a_movement_is_called(cfg):
    assert campaigns(cfg, "Chiến dịch gắn với ba phong trào hành động cách mạng của Đoàn là “Thanh niên tình nguyện”, “Tuổi"
                          " trẻ sáng tạo” và “Sẵn sàng vì Tổ quốc”.") \
        == ["Thanh niên tình nguyện", "Tuổi trẻ sáng tạo", "Sẵn sàng vì Tổ quốc"]
    assert campaigns(cfg, "Phong trào này thực sự là “công trình quốc gia đặc biệt” của toàn dân.") == []
