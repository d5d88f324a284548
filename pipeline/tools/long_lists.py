"""Long lists and flattened tables, as year-end reviews print them: the shapes `vnpress bench` times and the tests read.

Rule patterns that try every way of splitting such a list grow by a factor with each item; these texts make that
show as seconds where real articles take milliseconds.
"""

from __future__ import annotations


def long_lists(n: int = 40) -> dict[str, str]:
    """One-sentence enumerations of the kind a year-end review prints (counts, titles, places), n items each."""
    communes = ["An Đức", "Tân Xuân", "Mỹ Hòa", "Phú Lễ", "Vĩnh An", "Bảo Thạnh", "Tân Thủy", "An Hiệp"]
    return {
        "counts.txt": "Kết quả phong trào\n\nNăm 2023, toàn huyện có " + " ".join(
            f"{100 + 7 * i} mô hình, {i % 9 + 2} tập thể và {i % 13 + 3} cá nhân," for i in range(n)) + " được khen thưởng.",
        "titles.txt": "Xây dựng đời sống văn hóa\n\nĐến nay có " + ", ".join(
            f"{1000 + 37 * i} hộ gia đình văn hóa, {i % 20 + 5} thôn văn hóa" for i in range(n)) + " được công nhận.",
        "places.txt": "Dân vận khéo\n\nHuyện Ba Tri có " + ", ".join(
            f"xã {communes[i % len(communes)]} {i % 30 + 4} mô hình" for i in range(2 * n)) + ".",
        "capitals.txt": "Tin tổng hợp\n\n" + " ".join(
            ("Xã", "An", "Đức", "Huyện", "Ba", "Tri", "Tỉnh", "Bến", "Tre", "Hội", "Nông", "Dân")[(7 * i) % 12]
            for i in range(8 * n)) + " có 12 mô hình.",
    }


def flattened_table(rows: int) -> str:
    """A table whose line breaks were lost: one "sentence" of `rows` clauses, about 77 characters each."""
    return "Bảng tổng hợp\n\n" + "Huyện Ba Tri xây dựng 186 mô hình, khen thưởng 12 tập thể và 20 cá nhân; " * rows
