"""The Vietnamese analyzer on its own, independent of any search backend."""

import pickle
import unicodedata

import pytest

from search.analysis import (
    bigram_analyzer,
    bigrams,
    exact_analyzer,
    fold,
    folded_analyzer,
    has_diacritics,
    syllables,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chuyển đổi số", "chuyen doi so"),
        ("ĐẢNG đang dáng dạng đăng", "dang dang dang dang dang"),
        ("Ðà Nẵng", "da nang"),  # U+00D0, the Icelandic eth some keyboards produce for Đ
        ("Ý kiến", "y kien"),
        ("Nghị định 43/2011/NĐ-CP", "nghi dinh 43/2011/nd-cp"),
        ("Quy hoạch", "quy hoach"),
    ],
)
def test_fold(text, expected):
    assert fold(text) == expected


def test_decomposed_input_folds_and_tokenizes_like_composed_input():
    composed = "Chuyển đổi số tỉnh Ninh Bình"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert [t.text for t in folded_analyzer()(decomposed)] == [t.text for t in folded_analyzer()(composed)]
    assert [t.text for t in exact_analyzer()(decomposed)] == ["chuyển", "đổi", "số", "tỉnh", "ninh", "bình"]


def test_no_stop_words_no_stemming_no_minimum_length():
    # After folding, English stop words are Vietnamese syllables, and a stemmer would turn "quy" into "qui".
    words = [t.text for t in folded_analyzer()("Ý kiến an toàn, có thể đến, máy, quy chế, tổ chức")]
    assert words == ["y", "kien", "an", "toan", "co", "the", "den", "may", "quy", "che", "to", "chuc"]


def test_document_numbers_split_into_their_parts():
    assert syllables("43/2011/NĐ-CP") == ["43", "2011", "nd", "cp"]
    assert syllables("nd-cp 43") == ["nd", "cp", "43"]
    assert syllables("Quyết định số 163/QĐ-UBND") == ["quyet", "dinh", "so", "163", "qd", "ubnd"]


def test_bigrams_of_adjacent_syllables_with_positions():
    tokens = [(t.text, t.pos) for t in bigram_analyzer()("Chuyển đổi số tỉnh", positions=True)]
    assert tokens == [("chuyen_doi", 0), ("doi_so", 1), ("so_tinh", 2)]
    assert bigrams(["chuyen", "doi", "so"]) == ["chuyen_doi", "doi_so"]
    assert [t.text for t in bigram_analyzer()("số")] == []


def test_highlight_offsets_point_into_the_original_text():
    text = "Đẩy mạnh chuyển đổi số"
    spans = [text[t.startchar : t.endchar] for t in folded_analyzer()(text, chars=True)]
    assert spans == ["Đẩy", "mạnh", "chuyển", "đổi", "số"]


def test_has_diacritics():
    assert has_diacritics("Chuyển đổi") and has_diacritics("đ")
    assert not has_diacritics("chuyen doi so") and not has_diacritics("43/2011")


def test_analyzers_survive_the_index_schema_pickle_and_compare_by_value():
    for make in (folded_analyzer, exact_analyzer, bigram_analyzer):
        analyzer = make()
        assert pickle.loads(pickle.dumps(analyzer)) == analyzer
        assert analyzer == make()
    assert folded_analyzer() != exact_analyzer()
    assert folded_analyzer() != bigram_analyzer()


def test_abbreviations_are_indexed_in_both_forms():
    from search.analysis import abbreviation_aliases

    assert abbreviation_aliases("Kỳ họp thứ 3 HĐND tỉnh") == "hoi dong nhan dan"
    assert abbreviation_aliases("đại biểu Hội đồng nhân dân tỉnh và UBND") == "hdnd uy ban nhan dan"
    assert abbreviation_aliases("Ủy ban nhân dân tỉnh (UBND)") == ""  # both forms already there
    assert abbreviation_aliases("Không có chữ viết tắt") == ""
