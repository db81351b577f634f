"""Reading documents: discovery, decoding, errors that name the file and say how to fix it."""

from __future__ import annotations

import pytest

from conftest import AR_SEED, EN_SEED, SEEDS, write
from kg.errors import DocumentError, InputError, NoDocumentsError
from kg.ingest.reader import decode, discover, doc_id_for, parse_document, read_document
from kg.model import Lang


def test_discover_recurses_and_keeps_document_suffixes(tmp_path):
    write(tmp_path / "a.txt", "x")
    write(tmp_path / "sub" / "b.md", "x")
    write(tmp_path / "sub" / "deep" / "c.wiki", "x")
    write(tmp_path / "notes.pdf", "x")
    write(tmp_path / ".hidden" / "d.txt", "x")
    sources = [item.source for item in discover([tmp_path])]
    assert sources == ["a.txt", "sub/b.md", "sub/deep/c.wiki"]


def test_discover_an_empty_folder_says_which_folder(tmp_path):
    with pytest.raises(NoDocumentsError) as err:
        discover([tmp_path])
    assert str(tmp_path) in str(err.value) and "no document" in str(err.value)


def test_discover_a_missing_path(tmp_path):
    with pytest.raises(NoDocumentsError, match="no such file"):
        discover([tmp_path / "missing"])


def test_discover_refuses_a_file_of_another_kind(tmp_path):
    path = write(tmp_path / "report.pdf", "x")
    with pytest.raises(NoDocumentsError, match="suffix .pdf"):
        discover([path])


def test_two_sources_with_one_name_are_refused(tmp_path):
    write(tmp_path / "one" / "a.txt", "x")
    write(tmp_path / "two" / "a.txt", "x")
    with pytest.raises(InputError, match="share the source name"):
        discover([tmp_path / "one", tmp_path / "two"])


def test_doc_ids_are_slugs_of_the_source():
    assert doc_id_for("001_4d726916c44ab01d.txt") == "001_4d726916c44ab01d"
    assert doc_id_for("wires/2013 Dec/kirkuk attack.md") == "wires-2013-Dec-kirkuk-attack"


def test_empty_file(tmp_path):
    with pytest.raises(DocumentError) as err:
        parse_document(b"  \n\n", source="empty.txt", path=tmp_path / "empty.txt")
    assert err.value.kind == "empty" and "empty.txt" in str(err.value)


def test_binary_file_is_refused_with_the_offset_of_a_nul():
    with pytest.raises(DocumentError) as err:
        parse_document(b"PK\x03\x04\x00\x00binary", source="x.txt")
    assert err.value.kind == "binary" and "offset 4" in str(err.value)


def test_invalid_utf8_names_offset_line_and_a_likely_encoding():
    data = "Kirkuk attack\nالهجوم".encode("cp1256")
    with pytest.raises(DocumentError) as err:
        parse_document(data, source="old.txt")
    message = str(err.value)
    assert err.value.kind == "encoding"
    assert "line 2" in message.replace("old.txt:2", "line 2") or err.value.line == 2
    assert "--encoding cp1256" in message


def test_encoding_option_reads_legacy_arabic():
    text = "قتل 3 أشخاص في انفجار في بغداد يوم الاثنين حسب الشرطة العراقية."
    document = parse_document(text.encode("cp1256"), source="old.txt", encoding="cp1256")
    assert document.text == text and document.lang is Lang.AR


def test_utf16_is_refused_unless_named():
    data = "A car bomb killed 3 people in Baghdad on Monday, police said.".encode("utf-16")
    with pytest.raises(DocumentError, match="UTF-16"):
        parse_document(data, source="x.txt")
    assert parse_document(data, source="x.txt", encoding="utf-16").lang is Lang.EN


def test_too_large(tmp_path):
    with pytest.raises(DocumentError, match="--max-bytes"):
        parse_document(b"a" * 2000, source="big.txt", max_bytes=1000)


def test_utf8_bom_is_dropped():
    document = parse_document("\ufeffA car bomb killed 3 people in Baghdad on Monday.".encode(), source="b.txt")
    assert document.text.startswith("A car bomb")


def test_unknown_decoding_is_a_clean_error():
    with pytest.raises(InputError, match="unknown encoding"):
        decode(b"abc", path="x.txt", encoding="no-such-codec")


def test_seeds_are_read_with_their_language():
    english = read_document(next(i for i in discover([SEEDS]) if i.path == EN_SEED))
    arabic = read_document(next(i for i in discover([SEEDS]) if i.path == AR_SEED))
    assert english.lang is Lang.EN and arabic.lang is Lang.AR
    assert len(english.sha256) == 64


def test_mixed_language_is_refused():
    text = "Kirkuk attack report " * 3 + "هجوم كركوك تقرير " * 3
    with pytest.raises(DocumentError) as err:
        parse_document(text.encode(), source="mixed.txt")
    assert err.value.kind == "language"


def test_no_running_text():
    with pytest.raises(DocumentError) as err:
        parse_document(b"12345 678 --- ... [1][2]", source="n.txt")
    assert err.value.kind == "no-text"


def test_another_script_is_an_unknown_language():
    text = "В результате взрыва в Киркуке погибли двенадцать человек, сообщила полиция."
    with pytest.raises(DocumentError, match="script kg does not read") as err:
        parse_document(text.encode(), source="ru.txt")
    assert err.value.kind == "language"


@pytest.mark.parametrize("name,text", [
    ("fr.txt", "Un attentat à la voiture piégée a fait au moins douze morts mercredi à Kirkouk, dans le nord "
               "de l'Irak, selon la police. L'explosion a eu lieu près d'un marché, selon un responsable local."),
    ("fa.txt", "در یک حمله انتحاری در کرکوک دست کم دوازده نفر کشته شدند. پلیس گفت که انفجار در نزدیکی یک بازار رخ داد"
               " و این حمله را گروه داعش انجام داده است و مسئولیت آن را پذیرفت."),
])
def test_another_language_in_the_same_script_is_refused(name, text):
    with pytest.raises(DocumentError, match="does not read as") as err:
        parse_document(text.encode(), source=name)
    assert err.value.kind == "language" and name in str(err.value) and "ingest.toml" in str(err.value)


def test_mixed_language_names_the_line_where_the_other_script_starts():
    text = "Kirkuk attack report, first part\n" * 2 + "هجوم كركوك تقرير الجزء الأول\n" * 2
    with pytest.raises(DocumentError, match=r"Arabic text from line 3"):
        parse_document(text.encode(), source="mixed.txt")


@pytest.mark.parametrize("text", [
    "= 2013 Kirkuk bombing =\n\n== References ==\n- [1] \"Bombing kills 11 in Kirkuk\". Reuters. 4 December 2013.\n"
    "- http://www.bbc.co.uk/news/world-middle-east-25215121\n\n== External links ==\n- Kirkuk governorate site\n",
    "= Kirkuk bombing =\n\nInfobox\n- Date: 4 December 2013\n- Fatalities: 11\n- Location: Kirkuk, Iraq\n\n"
    "== Background ==\n\n== Attack ==\n[1][2][3]\n",
    "= هجوم كركوك =\n\n== المراجع ==\n- [1] رويترز: مقتل 11 شخصا في تفجير في كركوك، 4 ديسمبر 2013\n",
])
def test_a_document_of_boilerplate_only_has_no_text(text):
    with pytest.raises(DocumentError, match="no running text besides") as err:
        parse_document(text.encode(), source="stub.wiki")
    assert err.value.kind == "no-text" and "stub.wiki" in str(err.value)


def test_one_sentence_of_running_text_is_enough():
    text = "= Kirkuk bombing =\n\nA car bomb killed 11 people in Kirkuk.\n\n== References ==\n- [1] Reuters\n"
    assert parse_document(text.encode(), source="stub.wiki").lang is Lang.EN


def test_a_codec_that_gives_lone_surrogates_is_refused():
    data = b"A car bomb killed 11 people in Kirkuk \\ud800 and injured 40 others in the city."
    with pytest.raises(DocumentError, match="lone surrogate") as err:
        parse_document(data, source="s.txt", encoding="unicode_escape")
    assert err.value.kind == "encoding" and err.value.offset == 38 and err.value.line == 1
