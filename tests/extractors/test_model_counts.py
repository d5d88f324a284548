"""Model counts: what is counted and what is not (ANNOTATION.md and its judgement calls)."""

import pytest

from tests.conftest import extract_text, facts_of


def counts(cfg, sentence: str) -> list[int]:
    doc = extract_text(f"Tổng kết phong trào “Dân vận khéo”\n\n12/12/2023 - 08:00\n\n{sentence}", cfg)
    return [int(f.value) for f in sorted(doc.facts, key=lambda f: f.start) if f.kind == "model_count"]


@pytest.mark.parametrize("sentence, expected", [
    ("Toàn huyện có tổng số 1.240 mô hình tập thể, cá nhân đăng ký.", [1240]),
    ("Huyện đã xây dựng được 271 mô hình “Dân vận khéo”. Trong đó, có 35 mô hình cấp tỉnh.", [271, 35]),
    ("Đến nay, toàn huyện xây dựng được 138 mô hình, trong đó có 34 mô hình kinh tế; 28 mô hình lĩnh vực nông thôn mới.", [138, 34, 28]),
    ("Riêng năm 2024 đăng ký thực hiện 28 mô hình cấp tỉnh và 140 mô hình cấp huyện.", [28, 140]),
    ("Trên địa bàn huyện xây dựng được 130 mô hình tập thể và 35 điển hình cá nhân.", [130, 35]),
    ("Toàn tỉnh có 2.071 mô hình, điển hình “Dân vận khéo” được đăng ký xây dựng.", [2071]),
    ("TP. Thủ Đức tuyên dương 202 gương điển hình “Dân vận khéo”.", [202]),
    # ("cá nhân" misspelt, as portals' typists do)
    ("Triển lãm giới thiệu 250 ảnh, tư liệu về 125 tập thể, các nhân điển hình tiên tiến của cả nước.", [125]),
    ("Các cơ quan xây dựng được 105/130 mô hình tập thể và 4/4 mô hình cá nhân mới.", [105, 130, 4, 4]),
    ("Toàn huyện có trên 260 mô hình.", [260]),
    ("Năm nay, xã xây dựng ba mô hình mới.", [3]),
    ("Mỗi xã, thị trấn duy trì, nhân rộng ít nhất 1 mô hình.", [1]),
    ("Công nhận 55 mô hình (29 tập thể, 26 cá nhân) là mô hình tiêu biểu.", [55, 29, 26]),
    ("Xã có 87 mô hình tập thể và 9 mô hình cá nhân tiêu biểu.", [87, 9]),
])
def test_counted(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Toàn huyện có 138 mô hình (vượt 03 mô hình so với đăng ký ban đầu).",
    "Năm 2021 có 1.808 mô hình được triển khai (tăng 276 mô hình, điển hình so với năm 2020).",
])
def test_changes_and_margins_are_not_counts(cfg, sentence):
    assert 3 not in counts(cfg, sentence) and 276 not in counts(cfg, sentence)


@pytest.mark.parametrize("sentence", [
    "Công trình ảnh hưởng diện tích đất của 181 hộ dân trên địa bàn 4 ấp.",
    "Câu lạc bộ có 39 thành viên. Xây dựng 4/5 chi bộ ấp đạt trong sạch, vững mạnh.",
    "Mô hình nhà lưới 4.200m2 sản xuất rau củ quả cho thu nhập 300 triệu đồng mỗi năm.",
    "Kỷ niệm 93 năm Ngày truyền thống công tác Dân vận của Đảng.",
    "Xây dựng mô hình “Dân vận khéo” tại 40 xã điểm xây dựng nông thôn mới.",
    "Có 440 đơn vị, tổ chức, cá nhân đăng ký mới và duy trì mô hình.",
    # good deeds held up ("gương" without "điển hình" is no exemplar: the guide), in figures however written
    "Đến năm 2015, huyện có 12.480 gương người tốt việc tốt được biểu dương.",
    "Kết quả đến năm 2010 huyện có 31,265 gương người tốt việc tốt.",
    "Thành đoàn tuyên dương 112 gương “Thanh niên tiên tiến làm theo lời Bác” năm 2023.",
    "Hội nghị biểu dương 45 gương tiêu biểu trong lao động sản xuất.",
    # a quota for each unit given as a range, a guess, not a count
    "Phấn đấu đến năm 2025, xây dựng mỗi xã từ 2-3 mô hình sản xuất ứng dụng công nghệ cao.",
])
def test_other_things_counted_are_not_models(cfg, sentence):
    assert counts(cfg, sentence) == []


def test_qualifier_records_level_field_and_year(cfg):
    doc = extract_text("Tổng kết\n\nNăm 2024, huyện có 35 mô hình cấp tỉnh trong lĩnh vực kinh tế.", cfg)
    [fact] = [f for f in doc.facts if f.kind == "model_count"]
    assert fact.unit == "mô hình"
    assert fact.qualifier == "cấp tỉnh; kinh tế; 2024"


def test_headline_total_prefers_the_title(cfg):
    from pipeline.write.rows import article_row

    doc = extract_text("Chư Păh: Hơn 270 mô hình điển hình\n\nĐến nay huyện Chư Păh có 274 mô hình, trong đó 194 mô hình tập thể.", cfg)
    assert article_row(doc)["model_count_total"] == 270


@pytest.mark.parametrize("sentence, expected", [
    ("Đến nay, tổng số mô hình “Dân vận khéo” trên địa bàn huyện là 150.", [150]),
    ("Số lượng mô hình được công nhận đạt hơn 1.200 mô hình.", [1200]),
    # raised to a figure, however long the models' description, and the figure called "con số"
    ("Năm qua, xã nâng tổng số mô hình tự quản về an ninh trật tự ở các thôn, bản lên 27.", [27]),
    ("Công an tỉnh đã nâng tổng số mô hình trong phong trào toàn dân bảo vệ ANTQ lên con số 312.", [312]),
    # a report's line, the figure after a colon; not a share or a ratio of something else
    ("Tổng số mô hình “Dân vận khéo” của các xã, thị trấn: 86.", [86]),
    ("Số mô hình: 12/15 xã đã đăng ký xây dựng mô hình.", []),
    # the models described at length, with the year or the span they are counted over
    ("Tổng số mô hình bảo vệ môi trường do phụ nữ các xã, thị trấn của huyện Krông Búk duy trì đến hết năm 2024 là 63.", [63]),
    ("Số gương điển hình được Ủy ban MTTQ huyện Bình Gia phát hiện, nhân rộng trong 3 năm qua là 47.", [47]),
    # a sum of money or a number of people after the noun is not a count of models
    ("Tổng số mô hình sinh kế mà Hội Nông dân tỉnh hỗ trợ trong năm 2022 đạt 420 triệu đồng.", []),
    ("Số mô hình kinh tế hộ của Hội Cựu chiến binh xã có 35 hộ tham gia.", []),
    # a total after its noun, broken down by level
    ("Số mô hình “Dân vận khéo” được công nhận năm 2024 ở huyện Hàm Yên: 58 (cấp huyện 21, cấp xã 37).", [58, 21, 37]),
])
def test_totals_written_after_the_noun(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a margin over last year's count, written "nhiều hơn", is no count of its own
    ("Năm 2024, huyện Cẩm Giàng có 118 mô hình, nhiều hơn 14 mô hình so với năm 2023.", [118]),
    ("Xã có hơn 40 mô hình tự quản, gấp đôi so với năm 2020.", [40]),
])
def test_a_margin_written_more_than_is_no_count(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hội nghị biểu dương 151 tập thể, cá nhân điển hình tiên tiến.", [151]),
    ("Đảng ủy phường tuyên dương 88 tập thể và cá nhân điển hình “dân vận khéo”.", [88]),
])
def test_exemplars_of_both_kinds_in_one_figure_are_counted_as_exemplars(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # people counted first, described as exemplars later in the same sentence
    ("Đại hội có 250 đại biểu là đoàn viên, thanh niên có thành tích xuất sắc trong học tập, lao động, là những "
     "tấm gương điển hình của tuổi trẻ Thủ đô.", [250]),
    ("180 đại biểu được tuyên dương gồm 95 đại biểu là trưởng thôn và 85 đại biểu là bí thư chi bộ, là những điển "
     "hình tiêu biểu của tỉnh Lai Châu.", [180, 95, 85]),
    # only the part after "trong đó" is described: the total is not a count of exemplars
    ("Hội nghị có 320 đại biểu tham dự, trong đó 60 đại biểu là điển hình tiên tiến.", [60]),
    # a count of other things between the figure and the description breaks the link
    ("Có 400 đại biểu dự hội nghị, nghe báo cáo 12 chuyên đề là những điển hình của ngành.", []),
    # both kinds joined by "và", then one description
    ("Dịp này, UBND huyện tặng giấy khen cho 27 tập thể và 14 cá nhân là điển hình tiên tiến giai đoạn 2020-2025.",
     [27, 14]),
])
def test_people_described_as_exemplars(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


def test_people_honoured_as_exemplars_are_a_model_count(cfg):
    assert counts(cfg, "Buổi lễ có 75 đại biểu được tuyên dương điển hình thanh niên tiên tiến làm theo lời Bác.") == [75]


def test_representatives_described_as_exemplars_are_a_model_count(cfg):
    assert counts(cfg, "Đại hội vinh danh gần 250 đại diện tiêu biểu, điển hình tiên tiến trên các lĩnh vực.") == [250]


@pytest.mark.parametrize("sentence, expected", [
    # delegates standing for the exemplars are the exemplars the guide counts
    ("Dự Đại hội có lãnh đạo tỉnh Bình Phước cùng 320 đại biểu đại diện cho các tập thể, cá nhân điển hình tiên tiến.",
     [320]),
    ("Tham dự có 180 đại biểu ưu tú, đại diện cho các gương điển hình tiên tiến trên mọi lĩnh vực.", [180]),
    ("Hội nghị có sự tham dự của 410 đại biểu tiêu biểu, các điển hình tiên tiến của tỉnh Hậu Giang.", [410]),
    # delegates of the party members or of heroes are not exemplars
    ("Dự Đại hội có 215 đại biểu đại diện cho hơn 1.200 đảng viên trong toàn Đảng bộ.", []),
    ("Tham dự có 36 đại biểu đại diện các tập thể, cá nhân anh hùng được phong tặng từ năm 2015.", []),
    # a commended person "tiêu biểu, điển hình" is an awardee, not a delegate standing for exemplars
    ("UBND xã khen thưởng 12 cá nhân có thành tích tiêu biểu, điển hình tiên tiến năm 2025.", []),
])
def test_delegates_standing_for_exemplars(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


def test_a_description_right_after_the_second_figure_is_its_own(cfg):
    doc = extract_text("Đoàn đại biểu tỉnh dự Đại hội\n\nĐoàn có 15 đại biểu. Trong đó, 3 đại biểu khách mời, "
                       "12 đại biểu là các điển hình tiên tiến trong phong trào thi đua yêu nước.", cfg)
    assert facts_of(doc, "model_count") == ["12"]


@pytest.mark.parametrize("sentence, models", [
    ("Hội Nông dân tỉnh tôn vinh 12 gương nông dân điển hình xuất sắc năm 2023.", ["12"]),
    ("Lũy kế đến nay, toàn xã có 41 cá nhân là gương điển hình trong học tập và làm theo Bác.", ["41"]),
    # awarded exemplars of both kinds coordinated are awardees only (the golds are split; the coordination decides
    # for both figures)
    ("Dịp này, 18 tập thể và 27 cá nhân điển hình tiên tiến vinh dự được nhận Bằng khen của UBND tỉnh.", []),
    # exemplars of one kind are exemplars, honoured or not (and awardees too where honoured: ANNOTATION.md, "the
    # same figure may stand in both lists")
    ("Hội nghị tuyên dương 36 cá nhân điển hình tiên tiến trong phong trào thi đua yêu nước.", ["36"]),
    ("Năm qua, các chi hội đã phát hiện 210 cá nhân điển hình trong sản xuất, kinh doanh.", ["210"]),
    ("UBND phường khen thưởng 7 tập thể điển hình tiên tiến giai đoạn 2020 - 2025.", ["7"]),
])
def test_exemplars_counted_as_people(cfg, sentence, models):
    doc = extract_text(f"Tuyên dương điển hình\n\n{sentence}", cfg)
    assert facts_of(doc, "model_count") == models


def test_members_described_as_exemplars_are_a_model_count(cfg):
    assert counts(cfg, "Hội biểu dương 28 hội viên nông dân điển hình trong sản xuất, kinh doanh giỏi.") == [28]


def test_collectives_and_individuals_described_as_models_at_the_end_of_a_coordination(cfg):
    assert counts(cfg, "Hiện xã Bảo Hà có 12 tập thể và 20 cá nhân mô hình tiêu biểu trong học tập và làm theo Bác.") \
        == [12, 20]
    # (a second figure counted in models of its own says nothing of the first)
    assert counts(cfg, "Năm qua, UBND huyện khen thưởng 10 tập thể và 20 mô hình tiêu biểu.") == [20]


def test_exemplary_people_coordinated_with_collectives_are_the_only_exemplars(cfg):
    assert counts(cfg, "Dịp này, LĐLĐ huyện đã tuyên dương 14 tập thể và 118 gương điển hình tiêu biểu.") == [118]


def test_exemplars_of_both_kinds_with_who_they_are_between_are_a_model_count(cfg):
    assert counts(cfg, "Hội Nông dân tỉnh tuyên dương 45 tập thể, cá nhân nông dân điển hình tiên tiến giai đoạn 2020 - 2025.") == [45]


def test_models_and_works_counted_together_are_no_model_count(cfg):
    assert counts(cfg, "Năm 2024, các cấp Hội thực hiện 512 mô hình, công trình chào mừng Đại hội Đảng các cấp.") == []


@pytest.mark.parametrize("sentence, expected", [
    # people of other callings described as exemplars
    ("Liên đoàn Lao động tỉnh tuyên dương 86 công nhân, viên chức điển hình trong lao động sản xuất.", [86]),
    ("Chương trình tôn vinh 12 tấm gương nông dân, điển hình tiên tiến của tỉnh.", [12]),
    # the collectives and people whose models were recognised
    ("Ban Thường vụ Huyện ủy quyết định công nhận mô hình “Dân vận khéo” năm 2023 đối với 18 tập thể và 7 cá nhân.", [18, 7]),
])
def test_exemplars_by_calling_and_models_recognised_for_their_holders(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


def test_delegates_described_as_exemplars_after_a_dash_are_a_model_count(cfg):
    assert counts(cfg, "Về dự Đại hội có 312 đại biểu - những điển hình tiên tiến tiêu biểu của tỉnh Quảng Trị.") == [312]


def test_the_year_of_a_yearly_income_is_not_the_count_five(cfg):
    assert counts(cfg, "Nhiều hộ có thu nhập 120 triệu đồng/năm Mô hình nuôi dê của anh Lò Văn Sơn ở bản Nà Sản.") == []


@pytest.mark.parametrize("sentence, expected", [
    # a regional total and each province's share, by name, adding up to it
    ("Khu vực duyên hải có 412 mô hình tự quản về an ninh trật tự (Quảng Ngãi 120, Bình Định 97, Phú Yên 85, "
     "Khánh Hòa 110).", [412, 120, 97, 85, 110]),
    # the breakdown opens the next sentence, each part after its label
    ("Huyện hiện có 146 mô hình dân vận khéo. Trong đó, duy trì 90, đăng ký mới 56, tăng 12 mô hình so với năm 2023.",
     [146, 90, 56]),
    # labelled figures that do not add up to the total are something else
    ("Thị xã có 64 mô hình (năm 2022 có 20, năm 2023 có 31).", [64]),
])
def test_a_total_s_labelled_parts_are_models_where_they_add_up_to_it(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


def test_a_bracketed_breakdown_in_thousands_keeps_its_thousands(cfg):
    assert counts(cfg, "Sau 10 năm, toàn tỉnh có 3.412 mô hình (2.105 tập thể, 1.307 cá nhân).") == [3412, 2105, 1307]


@pytest.mark.parametrize("sentence, expected", [
    # delegates described by who they are, listed, then as exemplars
    ("Về dự Đại hội có 420 đại biểu là cán bộ, chiến sĩ, công nhân viên quốc phòng điển hình tiên tiến.", [420]),
    ("Đại hội có sự tham gia của gần 250 đại biểu cán bộ, công chức, người lao động điển hình tiên tiến của ngành.", [250]),
    # the event they attend is not who they are
    ("Có 180 đại biểu về dự Hội nghị điển hình tiên tiến của tỉnh.", []),
])
def test_delegates_listed_by_who_they_are_before_the_word_exemplar(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


def test_members_followed_by_the_model_s_best_are_no_exemplars(cfg):
    sentence = ("Hội Phụ nữ xã duy trì 2 mô hình “5 không, 3 sạch” tại bản Nà Tăm với 310 hội viên, trong đó điển hình là "
                "chi hội bản Nà Tăm 2.")
    assert counts(cfg, sentence) == [2]


@pytest.mark.parametrize("sentence, expected", [
    # delegates described as exemplars after "là"
    ("Dự kiến, hội nghị sẽ tôn vinh khoảng 75 đại biểu là các gương điển hình tiên tiến giai đoạn 2020-2025.", [75]),
    ("Tham dự có lãnh đạo thị xã cùng 85 đại biểu là những hội viên ưu tú, gương điển hình trong phong trào khuyến học.",
     [85]),
    ("Đến dự có 60 đại biểu là những nông dân sản xuất giỏi, gương điển hình của các xã.", [60]),
    # delegates described by their posts are no exemplars
    ("Hội nghị có 200 đại biểu là lãnh đạo các sở, ngành tham dự.", []),
])
def test_delegates_who_are_exemplars(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an exemplar total, then its collectives and individuals after "gồm", adding up to it
    ("Hội nghị biểu dương 58 điển hình tiên tiến, gồm 21 tập thể và 37 cá nhân của các xã trong huyện Đức Cơ.",
     [58, 21, 37]),
    ("Trong số 112 gương điển hình được giới thiệu ở Thanh Sơn có 40 tập thể, 72 cá nhân tiêu biểu.", [112, 40, 72]),
    # figures after "có" that do not add up to the total count something else
    ("Huyện có 96 điển hình tiên tiến, có 12 tập thể và 30 cá nhân được khen cấp tỉnh.", [96]),
])
def test_an_exemplar_total_s_collectives_and_individuals_are_its_parts_where_they_add_up(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


def test_groups_of_models_are_counted_as_models(cfg):
    sentence = ("Qua 3 năm, Hội Nông dân huyện Đầm Dơi xây dựng 24 nhóm mô hình kinh tế tập thể với 410 hộ tham gia "
                "và nhân rộng 9 mô hình hiệu quả.")
    assert counts(cfg, sentence) == [24, 9]


def test_cooperatives_counted_as_exemplars_are_models(cfg):
    assert counts(cfg, "Năm 2022, Liên minh HTX tỉnh lựa chọn 18 HTX điển hình tiên tiến để nhân rộng.") == [18]
    assert counts(cfg, "Toàn tỉnh xây dựng được 9 hợp tác xã điển hình tiên tiến trong nông nghiệp.") == [9]


@pytest.mark.parametrize("sentence, expected", [
    # figures listed before the noun they share
    ("Các xã Thanh Mỹ, Thanh Xuân, Thanh Hòa lần lượt đăng ký 9, 7 và 6 mô hình “Dân vận khéo”.", [9, 7, 6]),
    # a share of a total
    ("Ban Chỉ đạo huyện Gò Quao thẩm định, công nhận 37 trong số 52 mô hình do các chi bộ đăng ký.", [37, 52]),
    # the parts, each with its figure first and the noun left out
    ("Năm 2023, toàn tỉnh Ninh Thuận có 640 mô hình được công nhận, trong đó 502 do đảng ủy cấp xã công nhận, 120 do "
     "các huyện ủy công nhận và 18 do Ban Chỉ đạo tỉnh công nhận.", [640, 502, 120, 18]),
    # the parts by level after "cụ thể"
    ("Giai đoạn 2019-2024, Phú Thọ có 3.105 mô hình, điển hình được các cấp công nhận, cụ thể: cấp tỉnh 105; cấp "
     "huyện 800; cấp xã 2.200.", [3105, 105, 800, 2200]),
    # the models described at length before their figure
    ("Các mô hình, điển hình “Dân vận khéo” được Ban Thường vụ Tỉnh ủy Bạc Liêu biểu dương trong giai đoạn 2021-2025 "
     "là 56, phần lớn gắn với vận động đồng bào Khmer.", [56]),
    ("Số lượng mô hình “Camera an ninh” do Công an huyện Đức Trọng phối hợp các xã lắp đặt, tính đến ngày 30/10/2024, "
     "là 318.", [318]),
    # not counts: an average rise, a margin over a target, members of the models
    ("Hội Nông dân tỉnh xây dựng 210 mô hình, mỗi năm tăng bình quân 12 mô hình.", [210]),
    ("Huyện có 55 mô hình được công nhận, vượt chỉ tiêu 5 mô hình.", [55]),
    ("Các mô hình đã thu hút 12.000 hội viên tham gia.", []),
    # "1, 2 mô hình" is "one or two", no list of figures
    ("Năm nay, xã Tân An xây dựng thêm 1, 2 mô hình kinh tế.", [2]),
    # "thiểu số" is no numbering ("số 418"): the figure after it counts
    ("Lĩnh vực an ninh nông thôn 300 mô hình, an ninh vùng đồng bào dân tộc thiểu số 120 mô hình.", [300, 120]),
])
def test_counted_in_longer_shapes(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a target for each unit counts (SOURCES.md call 9), a range for each unit is a guess, a quoted slogan is a name
    ("Năm 2024, huyện phấn đấu mỗi xã có ít nhất 2 mô hình sản xuất hàng hóa.", [2]),
    ("Hội Nông dân tỉnh chỉ đạo mỗi chi hội có ít nhất 1 mô hình kinh tế tập thể.", [1]),
    ("Huyện giao chỉ tiêu mỗi xã xây dựng từ 2-3 mô hình.", []),
    ("Hưởng ứng mục tiêu “Mỗi chi hội có ít nhất 1 mô hình bảo vệ môi trường”, các cấp hội đã ra quân.", []),
])
def test_quotas_for_each_unit(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Mô hình điểm về cải cách hành chính mà UBND huyện Lạc Sơn chỉ đạo thực hiện từ năm 2021 đến nay là 12, gồm 5 ở "
     "khối cơ quan và 7 ở các xã.", [12, 5, 7]),
    ("Kết quả năm 2023 như sau: mô hình cấp tỉnh được công nhận: 31; mô hình cấp huyện, thị xã: 240.", [31, 240]),
    # the models' own figures that are no count of them
    ("Mô hình này đã giúp 50 hộ thoát nghèo.", []),
    ("Mô hình đạt hiệu quả 90%.", []),
])
def test_a_clause_that_opens_on_the_models_and_closes_on_their_figure(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # result lines of a list, each opening on the models
    ("Toàn thị xã có 60 mô hình. Kết quả cụ thể:\n\n- Mô hình “Tuyến phố văn minh”: 21\n"
     "- Mô hình tự quản về an ninh, trật tự: 17\n- Mô hình “Dân vận khéo” trong chỉnh trang đô thị: 22\n\nỞ phường 2, "
     "mô hình được nhân rộng.", [60, 21, 17, 22]),
    # the levels listed in the next sentence, where they add up to the total
    ("Toàn tỉnh đã xây dựng được 1.465 mô hình “Dân vận khéo”.\n\nSố mô hình theo từng cấp công nhận như sau: cấp tỉnh 35, "
     "cấp huyện 230, cấp xã 1.200.", [1465, 35, 230, 1200]),
    ("Toàn tỉnh đã xây dựng được 1.465 mô hình “Dân vận khéo”.\n\nSố mô hình theo từng cấp công nhận như sau: cấp tỉnh 35, "
     "cấp huyện 230, cấp xã 1.180.", [1465]),
    # the bodies a model total is made of, where they add up to it
    ("Hội Nông dân huyện đang duy trì 33 mô hình kinh tế tập thể, gồm 19 tổ hợp tác và 14 hợp tác xã.", [33, 19, 14]),
    ("Hội Nông dân huyện đang duy trì 33 mô hình kinh tế tập thể, gồm 19 tổ hợp tác và 140 hội viên.", [33]),
])
def test_parts_of_a_model_total_in_result_lines_levels_and_bodies(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a margin over an earlier period, the comparison said first
    ("Huyện đã xây dựng 58 mô hình. So với giai đoạn trước, số mô hình nhiều hơn 13 mô hình, chất lượng thực chất hơn.",
     [58]),
    ("Năm nay có 58 mô hình, số mô hình nhiều hơn 13 mô hình.", [58]),
    # more than a figure, with nothing compared, is an approximate count
    ("Mỗi xã có nhiều hơn 10 mô hình hoạt động hiệu quả.", [10]),
])
def test_a_margin_over_what_was_compared_first_is_no_count(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a total's parts after a colon, by organisation, some writing the noun again
    ("Năm 2021, các đoàn thể huyện Yên Lập xây dựng 60 mô hình “Dân vận khéo”: Hội Phụ nữ 22 mô hình, Hội Nông dân 18, "
     "Đoàn Thanh niên 12 và Hội Cựu chiến binh 8 mô hình.", [60, 22, 18, 12, 8]),
    # the next level's figure after a total counted at one level
    ("Số mô hình cấp tỉnh là 6, cấp huyện là 41.", [6, 41]),
    # a result line's figure before its breakdown in brackets
    ("Kết quả:\n- Mô hình tự quản được công nhận: 52 (cấp huyện 12, cấp xã 40);\n- Số hộ tham gia: 900 hộ.",
     [52, 12, 40]),
])
def test_totals_and_their_parts_in_lists(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


def test_parts_after_a_colon_that_do_not_add_up_are_not_models(cfg):
    assert counts(cfg, "Huyện có 60 mô hình: Hội Phụ nữ 22 mô hình, năm 2019 có 15 hộ tham gia.") == [60, 22]


def test_a_total_sorted_by_level_in_the_next_sentence_gives_each_level_s_figure(cfg):
    assert counts(cfg, "Sau 10 năm, huyện Tiểu Cần đã xây dựng được 812 mô hình trên các lĩnh vực. Xét theo cấp công nhận,"
                       " cấp tỉnh 27, cấp huyện 165, còn lại 620 mô hình do cấp xã công nhận.") == [812, 27, 165, 620]
    # (figures that do not add up to the total are no parts of it)
    assert counts(cfg, "Huyện đã xây dựng được 812 mô hình. Xét theo cấp công nhận, cấp tỉnh 27, cấp huyện 165.") == [812]


def test_the_models_figure_after_a_colon_in_a_clause_after_a_comma(cfg):
    assert counts(cfg, "Theo Ban Dân vận Huyện ủy, mô hình “Dân vận khéo” được công nhận: 23, trải đều trên các lĩnh vực.") \
        == [23]
    assert counts(cfg, "Theo Ban Dân vận Huyện ủy, mô hình “Dân vận khéo” thu hút 23 hộ tham gia.") == []


@pytest.mark.parametrize("sentence, expected", [
    # the bodies that built them, the noun written for the first only
    ("Năm 2021, toàn huyện xây dựng mới 30 mô hình. Trong số đó, Hội LHPN huyện chủ trì 9 mô hình, Hội Nông dân 7, Đoàn "
     "Thanh niên 5, Ủy ban MTTQ huyện 3, còn lại do các xã tự xây dựng.", [30, 9, 7, 5, 3]),
    # by level
    ("Toàn tỉnh có 412 mô hình “Dân vận khéo”, trong đó cấp tỉnh 18 mô hình, cấp huyện 96.", [412, 18, 96]),
    # a figure of something else after the models is none of them
    ("Hội Nông dân xây dựng 6 mô hình, năm 2020 là 5 tổ hợp tác.", [6]),
])
def test_parts_that_leave_the_noun_of_the_first_out_are_counts(cfg, sentence, expected):
    assert counts(cfg, sentence) == expected


def test_parts_on_lines_of_their_own_after_the_total_s_colon_are_counts(cfg):
    sentence = ("Giai đoạn 2020 - 2024, toàn huyện xây dựng 190 mô hình “Dân vận khéo”. Số mô hình theo từng năm như sau:\n"
                "Năm 2020: 31\nNăm 2021: 36\nNăm 2022: 40\nNăm 2023: 39\nNăm 2024: 44\n\nCác mô hình đều phát huy hiệu quả.")
    assert counts(cfg, sentence) == [190, 31, 36, 40, 39, 44]


def test_lines_of_figures_that_do_not_add_up_to_the_total_are_not_its_parts(cfg):
    sentence = ("Toàn huyện có 190 mô hình “Dân vận khéo”. Số mô hình tiêu biểu như sau:\n"
                "Xã Tân An: 12 hộ tham gia\nXã Tân Bình: 30 hộ tham gia\n")
    assert counts(cfg, sentence) == [190]
