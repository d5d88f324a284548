"""Figures followed by something other than an honour: help received, merit, an inspection's grade, a facility.

`granted` rules these out before it reads a grant: "23 hộ nghèo được hỗ trợ xây dựng nhà", "555 người … xứng đáng được
biểu dương", "869/986 khu dân cư được kiểm tra … đạt kết quả tốt", "1541/1722 thôn có nhà văn hóa".
"""

from __future__ import annotations

import re

# The holders of a title visited or cared for, not honoured: "thăm, chúc Tết 12 Mẹ Việt Nam anh hùng".
CARED_FOR_BEFORE = re.compile(r"\b(?:thăm|chúc\s+tết|chăm\s+(?:lo|sóc)|phụng\s+dưỡng)\b[^.;\d]{0,40}$", re.I)
# Merit, not an award: "555 người có uy tín … xứng đáng được biểu dương, khen thưởng".
DESERVING_AFTER = re.compile(r"[^.;\d\n]{0,100}?\bxứng\s+đáng\s+(?:được\s+)?(?:biểu\s+dương|tuyên\s+dương|khen|tôn\s+vinh"
                             r"|vinh\s+danh|ghi\s+nhận)", re.I)
# An inspection's grade, not a title: "869/986 (88,13%) khu dân cư được kiểm tra nâng chất đạt kết quả tốt".
INSPECTED_AFTER = re.compile(r"[^.;\d\n]{0,40}?\bđược\s+kiểm\s+tra(?:\s+nâng\s+chất)?\s+(?:đạt|xếp\s+loại)\s+(?:kết\s+quả|loại)\b",
                             re.I)
# A facility a unit has, not a title: "98/105 thôn, tổ dân phố có nhà sinh hoạt cộng đồng", "1541/1722 thôn có nhà
# văn hóa", "883 tộc có nhà thờ" (a clan's ancestral hall).
FACILITY_AFTER = re.compile(r"[^.;\d\n]{0,40}?\b(?:có|xây\s+dựng(?:\s+được)?|được\s+xây\s+dựng)\s+(?:nhà\s+(?:văn\s+h|sinh\s+hoạt|thờ)"
                            r"|hội\s+trường|sân\s+(?:thể\s+thao|chơi)|điểm\s+sinh\s+hoạt|thiết\s+chế)", re.I)
# Helped, not honoured: "23 hộ nghèo, hộ chính sách có hoàn cảnh khó khăn được hỗ trợ xây dựng nhà", "30 học sinh được
# nhận học bổng" (the people's age may stand between: "67 trẻ em dưới 6 tuổi được tiêm phòng").
HELPED_AFTER = re.compile(r"(?:[^.;\d\n]|(?:dưới|trên|từ)\s+\d{1,2}\s+tuổi){0,80}?\bđược\s+(?:hỗ\s+trợ|giúp\s+đỡ|tặng\s+quà|trao\s+quà|nhận\s+(?:(?:những|các)\s+)?(?:phần\s+|suất\s+)?(?:quà|tiền|gạo|hỗ\s+trợ|học\s+bổng)|cho\s+vay|vay\s+vốn"
                          r"|(?:trao|tặng|cấp)\s+(?:tặng\s+)?(?:suất\s+)?học\s+bổng"  # ("202 học sinh được trao học bổng …")
                          r"|xây\s+dựng\s+nhà|sửa\s+chữa\s+nhà|bàn\s+giao|thăm\s+hỏi"
                          # cared for: "67 trẻ em dưới 6 tuổi được tiêm phòng đầy đủ", "được khám bệnh", "được cấp thẻ BHYT"
                          r"|tiêm(?:\s+phòng|\s+chủng)?|khám(?:\s+bệnh|\s+sức\s+khỏe)?|cấp\s+thẻ"
                          # taken under a body's care: "100 cháu … được các cấp Hội Phụ nữ nhận đỡ đầu"
                          r"|(?:[^\W\d]+\s+){0,5}?nhận\s+(?:đỡ\s+đầu|nuôi|bảo\s+trợ)\b"
                          # a house, savings or livestock given: "4 hộ dân được tặng nhà Nhân ái"
                          r"|(?:tặng|trao)\s+(?:nhà|ngôi\s+nhà|căn\s+nhà|sổ\s+tiết\s+kiệm|xe\s+đạp|bò|con\s+giống))", re.I)
